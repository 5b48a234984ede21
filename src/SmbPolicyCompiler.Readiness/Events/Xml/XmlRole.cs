namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>What an element means inside an &lt;Event&gt;, decided from its local name and its parent's role.</summary>
internal enum XmlRole : byte
{
    Ignore,
    Event,
    System,
    EventData,
    UserData,
    UserDataWrapper,
    UserDataField,
    Data,
    Provider,
    EventId,
    Version,
    Level,
    TimeCreated,
    RecordId,
    Channel,
    Computer,
}
