using System.Text;
using System.Text.Json;
using static SmbPolicyCompiler.Formats.Escape;

namespace SmbPolicyCompiler.Emit.Siem.Lookup;

/// <summary>
/// The server → ring/group lookup for each SIEM, one row per policy host keyed by its lower-case short name (queries
/// take the short name of the event's computer, so FQDN and NetBIOS-style names both match), with the daily alert
/// threshold of the host's ring (the daily-alert queries compare against it): a Sentinel watchlist
/// (CSV and an ARM template that deploys it with ShortName as its SearchKey), a Splunk lookup table and an Elastic
/// bulk file for the enrich index.
/// </summary>
internal static class HostLookupFiles
{
    public const string WatchlistAlias = "smbpol_hosts";
    public const string WatchlistSearchKey = "ShortName";
    public const string SplunkLookup = "smbpol_hosts";
    public const string SplunkCsvName = "smbpol_hosts.csv";
    public const string ElasticIndex = "smbpol-hosts";

    public static IEnumerable<GeneratedFile> Write(SiemPolicy policy)
    {
        // A row per host: each file is written whenever its bytes are wanted (compile streams them to disk).
        Action<ChunkedUtf8Buffer> watchlist = text => Csv(text, ["ShortName", "Fqdn", "Ring", "Group", "Role", "DailyThreshold"], policy.Hosts);
        yield return SiemBackEnd.File("lookup/sentinel-watchlist.csv", watchlist);
        yield return SiemBackEnd.File("lookup/sentinel-watchlist.json", buffer => SentinelWatchlistTemplate.Write(buffer, policy, watchlist));
        yield return SiemBackEnd.File($"lookup/{SplunkCsvName}", text => Csv(text, ["host_key", "fqdn", "ring", "group", "role", "daily_threshold"], policy.Hosts));
        yield return SiemBackEnd.File("lookup/elastic-hosts.ndjson", buffer => ElasticBulk(buffer, policy.Hosts));
    }

    /// <summary>The CSV as UTF-8, written a field at a time (no string of the whole table).</summary>
    private static void Csv(ChunkedUtf8Buffer text, IReadOnlyList<string> header, IEnumerable<SiemHost> hosts)
    {
        text.Append(string.Join(",", header)).Append("\n"u8);
        foreach (var host in hosts)
        {
            text.Append(CsvField(host.ShortName)).Append(","u8).Append(CsvField(host.Fqdn)).Append(","u8).Append(CsvField(host.Ring)).Append(","u8)
                .Append(CsvField(host.Group)).Append(","u8).Append(CsvField(host.Role)).Append(","u8).Append(CsvField(Number(host.DailyThreshold))).Append("\n"u8);
        }
    }

    /// <summary>
    /// The body of an Elasticsearch _bulk request that fills the index the enrich policy reads: two lines per host,
    /// written as UTF-8 by one JSON writer (reset per line) rather than a writer and a string per line, and no
    /// delegate per line.
    /// </summary>
    private static void ElasticBulk(ChunkedUtf8Buffer buffer, IEnumerable<SiemHost> hosts)
    {
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { NewLine = "\n" });
        foreach (var host in hosts)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("index");
            writer.WriteString("_index", ElasticIndex);
            writer.WriteString("_id", host.ShortName);
            writer.WriteEndObject();
            EndLine(writer, buffer);

            writer.WriteStartObject();
            writer.WriteString("host_key", host.ShortName);
            writer.WriteString("fqdn", host.Fqdn);
            writer.WriteString("ring", host.Ring);
            writer.WriteString("group", host.Group);
            writer.WriteString("role", host.Role);
            writer.WriteNumber("daily_threshold", host.DailyThreshold);
            EndLine(writer, buffer);
        }
    }

    /// <summary>Closes the line's object, ends the line and readies the writer for the next one.</summary>
    private static void EndLine(Utf8JsonWriter writer, ChunkedUtf8Buffer buffer)
    {
        writer.WriteEndObject();
        writer.Flush();
        buffer.Append("\n"u8);
        writer.Reset(buffer);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One JSON object on one line (System.Text.Json escapes every string).</summary>
    public static string Json(Action<Utf8JsonWriter> body, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a JSON document (indented, ending in a newline) as UTF-8, for documents that grow with the estate.</summary>
    public static void JsonFile(ChunkedUtf8Buffer buffer, Action<Utf8JsonWriter> body)
    {
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        buffer.Append("\n"u8);
    }
}
