namespace SmbPolicyCompiler.Readiness.Events;

public enum FileOutcome
{
    /// <summary>Read; holds SMB audit events (possibly along with others).</summary>
    Read,

    /// <summary>Read, but every record came from another channel.</summary>
    OtherChannelOnly,

    /// <summary>No records in it.</summary>
    Empty,

    /// <summary>Not an event export; nothing read.</summary>
    NotAnEventFile,

    /// <summary>Missing or unreadable.</summary>
    Unreadable,
}
