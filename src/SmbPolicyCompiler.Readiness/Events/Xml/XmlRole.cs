using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// What an element means, from its local name and its parent's role: one reading of the event schema
/// (EventData/Data[@Name], unnamed Data as positional values, UserData/*/* by local name) for exported XML and for
/// .evtx Binary XML, so that a record read from .evtx and the same record exported as XML give the same event.
/// </summary>
internal enum XmlRole : byte
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

internal static class XmlRoles
{
    public static XmlRole ChildOf(XmlRole parent, ReadOnlySpan<char> localName) => parent switch
    {
        XmlRole.Document => localName is "Event" ? XmlRole.Event : XmlRole.Ignore,
        XmlRole.Event => localName switch
        {
            "System" => XmlRole.System,
            "EventData" => XmlRole.EventData,
            "UserData" => XmlRole.UserData,
            _ => XmlRole.Ignore,
        },
        XmlRole.System => localName switch
        {
            "Provider" => XmlRole.Provider,
            "EventID" => XmlRole.EventId,
            "Version" => XmlRole.Version,
            "Level" => XmlRole.Level,
            "TimeCreated" => XmlRole.TimeCreated,
            "EventRecordID" => XmlRole.RecordId,
            "Channel" => XmlRole.Channel,
            "Computer" => XmlRole.Computer,
            _ => XmlRole.Ignore,
        },
        XmlRole.EventData => localName is "Data" ? XmlRole.Data : XmlRole.Ignore,
        XmlRole.UserData => XmlRole.UserDataWrapper,
        XmlRole.UserDataWrapper => XmlRole.UserDataField,
        _ => XmlRole.Ignore,
    };

    /// <summary>Elements whose text is a value the reader keeps.</summary>
    public static bool CapturesText(XmlRole role) => role is XmlRole.EventId or XmlRole.Version or XmlRole.Level
        or XmlRole.RecordId or XmlRole.Channel or XmlRole.Computer or XmlRole.Data or XmlRole.UserDataField;

    /// <summary>Elements whose content may hold, through a Binary XML substitution, elements the reader keeps.</summary>
    public static bool Structural(XmlRole role) => role is XmlRole.Document or XmlRole.Event or XmlRole.System
        or XmlRole.EventData or XmlRole.UserData or XmlRole.UserDataWrapper;

    /// <summary>The attribute whose value the reader keeps on an element of this role, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? WantedAttribute(XmlRole role) => role switch
    {
        XmlRole.Provider or XmlRole.Data => "Name",
        XmlRole.TimeCreated => "SystemTime",
        _ => null,
    };
}
