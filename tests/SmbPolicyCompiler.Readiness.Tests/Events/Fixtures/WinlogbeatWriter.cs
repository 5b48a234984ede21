using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>Writes events as Winlogbeat / Elastic Agent ECS documents, one per line, nested or with dotted keys.</summary>
internal static class WinlogbeatWriter
{
    public static string Write(IEnumerable<FixtureEvent> events, bool dotted, XmlShape shape = XmlShape.EventData, bool elasticHit = false)
    {
        var text = new StringBuilder();
        foreach (var e in events)
        {
            var document = dotted ? Dotted(e, shape) : Nested(e, shape);
            var line = JsonSerializer.Serialize(document);
            text.Append(elasticHit ? $"{{\"_index\":\"winlogbeat-2025.10\",\"_id\":\"x{e.RecordId}\",\"_source\":{line}}}" : line).Append('\n');
        }

        return text.ToString();
    }

    private static Dictionary<string, object> Nested(FixtureEvent e, XmlShape shape)
    {
        var data = e.Fields.ToDictionary(f => f.Key, f => (object)f.Value);
        var winlog = new Dictionary<string, object>
        {
            ["api"] = "wineventlog",
            ["channel"] = e.Channel,
            ["computer_name"] = e.Computer,
            ["event_id"] = e.EventId.ToString(CultureInfo.InvariantCulture),
            ["provider_name"] = e.Provider,
            ["record_id"] = e.RecordId,
            ["version"] = e.Version,
            ["keywords"] = new[] { "Audit" },
            ["process"] = new Dictionary<string, object> { ["pid"] = 4, ["thread"] = new Dictionary<string, object> { ["id"] = 1234 } },
        };
        if (shape == XmlShape.EventData)
        {
            winlog["event_data"] = data;
        }
        else
        {
            data["xml_name"] = "EventData";
            winlog["user_data"] = data;
        }

        return new Dictionary<string, object>
        {
            ["@timestamp"] = Timestamp(e),
            ["event"] = new Dictionary<string, object> { ["code"] = e.EventId.ToString(CultureInfo.InvariantCulture), ["provider"] = e.Provider, ["kind"] = "event" },
            ["host"] = new Dictionary<string, object> { ["name"] = "wec-collector01" },
            ["log"] = new Dictionary<string, object> { ["level"] = "information" },
            ["winlog"] = winlog,
            ["message"] = e.Message(),
        };
    }

    private static Dictionary<string, object> Dotted(FixtureEvent e, XmlShape shape)
    {
        var document = new Dictionary<string, object>
        {
            ["@timestamp"] = Timestamp(e),
            ["host.name"] = "wec-collector01",
            ["winlog.channel"] = e.Channel,
            ["winlog.computer_name"] = e.Computer,
            ["winlog.event_id"] = e.EventId.ToString(CultureInfo.InvariantCulture),
            ["winlog.provider_name"] = e.Provider,
            ["winlog.record_id"] = e.RecordId.ToString(CultureInfo.InvariantCulture),
            ["winlog.version"] = e.Version,
            ["winlog.level"] = "information",
        };
        var prefix = shape == XmlShape.EventData ? "winlog.event_data." : "winlog.user_data.";
        foreach (var (name, value) in e.Fields)
        {
            document[prefix + name] = value;
        }

        return document;
    }

    private static string Timestamp(FixtureEvent e) => e.TimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
