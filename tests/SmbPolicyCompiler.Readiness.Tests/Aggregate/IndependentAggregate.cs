using System.Globalization;
using System.Text;
using System.Text.Json;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Aggregate;

/// <summary>
/// What a SIEM's readiness-aggregate query computes, written here from scratch (not with smbpol's code) so that the
/// aggregate path can be checked against the raw path: group the events by server, client, event id and UTC day;
/// count them, keep the first and last time and the distinct users and SPNs. The client is normalised as the generated
/// queries do it: leading backslashes removed, lower case.
/// </summary>
internal static class IndependentAggregate
{
    public sealed record Row(string Server, string Client, int EventId, DateOnly Day, long Count, DateTime First, DateTime Last, string[] Users, string[] Spns);

    public static IReadOnlyList<Row> Of(IEnumerable<FixtureEvent> events) =>
    [
        .. events
            .GroupBy(e => (Server: Server(e), Client: Client(e), e.EventId, Day: DateOnly.FromDateTime(e.TimeUtc)))
            .Select(g => new Row(
                g.Key.Server,
                g.Key.Client,
                g.Key.EventId,
                g.Key.Day,
                g.Count(),
                g.Min(e => e.TimeUtc),
                g.Max(e => e.TimeUtc),
                [.. g.Select(e => e.Field("UserName")).OfType<string>().Where(u => u.Length > 0).Distinct()],
                [.. g.Select(e => e.Field("SPN")).OfType<string>().Where(s => s.Length > 0).Distinct()]))
            .OrderBy(r => r.Day).ThenBy(r => r.Client, StringComparer.Ordinal).ThenBy(r => r.Server, StringComparer.Ordinal).ThenBy(r => r.EventId),
    ];

    public static string Csv(IEnumerable<Row> rows, bool logAnalyticsHeaders = false)
    {
        var text = new StringBuilder(logAnalyticsHeaders
            ? "Day,Server,Client,EventId,Count,\"FirstSeen [UTC]\",\"LastSeen [UTC]\",Users,Spns,Ring,Group\n"
            : "Day,Server,Client,EventId,Count,FirstSeen,LastSeen,Users,Spns,Ring,Group\n");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Day:yyyy-MM-dd},{Quote(row.Server)},{Quote(row.Client)},{row.EventId},{row.Count},{Time(row.First)},{Time(row.Last)},")
                .Append(Quote(JsonSerializer.Serialize(row.Users))).Append(',')
                .Append(Quote(string.Join("\n", row.Spns))).Append(",,\n");
        }

        return text.ToString();
    }

    /// <summary>One object per line; <paramref name="splunk"/> wraps each as Splunk's export does and writes every value as a string.</summary>
    public static string Ndjson(IEnumerable<Row> rows, bool splunk)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var json = Object(row, splunk);
            text.Append(splunk ? $"{{\"preview\":false,\"result\":{json}}}" : json).Append('\n');
        }

        return text.ToString();
    }

    public static string JsonArray(IEnumerable<Row> rows) => "[\n" + string.Join(",\n", rows.Select(r => Object(r, strings: false))) + "\n]\n";

    private static string Object(Row row, bool strings) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["Server"] = row.Server,
        ["Client"] = row.Client,
        ["EventId"] = strings ? row.EventId.ToString(CultureInfo.InvariantCulture) : row.EventId,
        ["Day"] = row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Count"] = strings ? row.Count.ToString(CultureInfo.InvariantCulture) : row.Count,
        ["FirstSeen"] = Time(row.First),
        ["LastSeen"] = Time(row.Last),
        ["Users"] = row.Users,
        ["Spns"] = strings ? JsonSerializer.Serialize(row.Spns) : row.Spns,
    });

    private static string Server(FixtureEvent e) => e.IsServerSide ? e.Computer : e.Field("ServerName") ?? string.Empty;

    private static string Client(FixtureEvent e) => (e.IsServerSide ? e.Field("ClientName") ?? string.Empty : e.Computer).TrimStart('\\').ToLowerInvariant();

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value.Trim() != value ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
