namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

public enum XmlShape
{
    /// <summary>&lt;EventData&gt;&lt;Data Name="..."&gt; (3000, SMBClient events).</summary>
    EventData,

    /// <summary>&lt;UserData&gt;&lt;EventData xmlns="..."&gt;&lt;Field&gt; (SMBServer Operational/Security events).</summary>
    UserData,
}
