namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// What an element means, from its name and its parent's role: the same reading of the event schema as the XML
/// path (EventData/Data[@Name], unnamed Data as positional values, UserData/*/* by local name), so that a record
/// read from .evtx and the same record exported as XML give the same event.
/// </summary>
internal enum EvtxRole : byte
{
    Ignore,
    Document,
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

internal static class EvtxRoles
{
    public static EvtxRole ChildOf(EvtxRole parent, string localName) => parent switch
    {
        EvtxRole.Document => localName == "Event" ? EvtxRole.Event : EvtxRole.Ignore,
        EvtxRole.Event => localName switch
        {
            "System" => EvtxRole.System,
            "EventData" => EvtxRole.EventData,
            "UserData" => EvtxRole.UserData,
            _ => EvtxRole.Ignore,
        },
        EvtxRole.System => localName switch
        {
            "Provider" => EvtxRole.Provider,
            "EventID" => EvtxRole.EventId,
            "Version" => EvtxRole.Version,
            "Level" => EvtxRole.Level,
            "TimeCreated" => EvtxRole.TimeCreated,
            "EventRecordID" => EvtxRole.RecordId,
            "Channel" => EvtxRole.Channel,
            "Computer" => EvtxRole.Computer,
            _ => EvtxRole.Ignore,
        },
        EvtxRole.EventData => localName == "Data" ? EvtxRole.Data : EvtxRole.Ignore,
        EvtxRole.UserData => EvtxRole.UserDataWrapper,
        EvtxRole.UserDataWrapper => EvtxRole.UserDataField,
        _ => EvtxRole.Ignore,
    };

    /// <summary>Elements whose text is a value the reader keeps.</summary>
    public static bool CapturesText(EvtxRole role) => role is EvtxRole.EventId or EvtxRole.Version or EvtxRole.Level
        or EvtxRole.RecordId or EvtxRole.Channel or EvtxRole.Computer or EvtxRole.Data or EvtxRole.UserDataField;

    /// <summary>Elements whose content may hold, through a Binary XML substitution, elements the reader keeps.</summary>
    public static bool Structural(EvtxRole role) => role is EvtxRole.Document or EvtxRole.Event or EvtxRole.System
        or EvtxRole.EventData or EvtxRole.UserData or EvtxRole.UserDataWrapper;

    /// <summary>The attribute whose value the reader keeps on an element of this role, or null.</summary>
    public static string? WantedAttribute(EvtxRole role) => role switch
    {
        EvtxRole.Provider or EvtxRole.Data => "Name",
        EvtxRole.TimeCreated => "SystemTime",
        _ => null,
    };
}
