using System.Globalization;
using static SmbPolicyCompiler.Formats.Escape;

namespace SmbPolicyCompiler.Emit.Siem.Kql;

/// <summary>
/// Where Sentinel keeps the audit channels, and how a query gets from a row to the event's fields: the
/// <c>Event</c> table (Azure Monitor Agent or MMA with a DCR xPath; EventData is XML text in a DataItem, EventData/Data
/// or UserData shaped) or the <c>WindowsEvent</c> table (Windows Forwarded Events connector; EventData already parsed).
/// Each prelude ends with the columns TimeGenerated, Computer, Channel, EventID and Fields (a property bag).
/// </summary>
internal sealed record KqlTable(string Name, string Folder, string ConnectorId)
{
    public static KqlTable Event { get; } = new("Event", "Event", "AzureMonitor(WindowsEventLogs)");

    public static KqlTable WindowsEvent { get; } = new("WindowsEvent", "WindowsEvent", "WindowsForwardedEvents");

    public static IReadOnlyList<KqlTable> All { get; } = [Event, WindowsEvent];

    public IEnumerable<string> Prelude(IEnumerable<string> channels, IEnumerable<int> eventIds)
    {
        var channelList = string.Join(", ", channels.Select(KqlString));
        var idList = string.Join(", ", eventIds.Distinct().Order().Select(i => i.ToString(CultureInfo.InvariantCulture)));
        if (this == Event)
        {
            return
            [
                "Event",
                $"| where EventLog in ({channelList})",
                $"| where EventID in ({idList})",
                "| extend Xml = parse_xml(EventData).DataItem",
                "| extend DataList = iff(gettype(Xml.EventData.Data) == \"array\", Xml.EventData.Data, pack_array(Xml.EventData.Data))",
                "| mv-apply Item = DataList on (summarize DataFields = make_bag(bag_pack(tostring(Item[\"@Name\"]), tostring(Item[\"#text\"]))))",
                "| extend UserData = Xml.UserData",
                "| extend Fields = bag_merge(DataFields, UserData[tostring(bag_keys(UserData)[0])])",
                "| project TimeGenerated, Computer, Channel = EventLog, EventID, Fields",
            ];
        }

        return
        [
            "WindowsEvent",
            $"| where Channel in ({channelList})",
            $"| where EventID in ({idList})",
            "| project TimeGenerated, Computer, Channel, EventID, Fields = EventData",
        ];
    }
}
