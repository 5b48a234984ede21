using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>
/// Writes events as Get-WinEvent | ConvertTo-Json does: Windows PowerShell 5.1 ("\/Date(ms)\/", four-space indent,
/// two spaces after the colon) or PowerShell 7 (ISO dates with offset, two-space indent); Properties as
/// [{"Value": v}] (-Depth 3) or as the type name strings that the default depth leaves.
/// </summary>
internal static class GetWinEventJsonWriter
{
    private static readonly string[] Uninteresting =
        ["Qualifiers", "Level", "Task", "Opcode", "Keywords"];

    public static string Write(IReadOnlyList<FixtureEvent> events, bool powerShell7, bool truncatedProperties = false, bool singleObject = false)
    {
        var indent = powerShell7 ? "  " : "    ";
        var colon = powerShell7 ? ": " : ":  ";
        var text = new StringBuilder();
        if (!singleObject)
        {
            text.Append("[\r\n");
        }

        for (var i = 0; i < events.Count; i++)
        {
            var pad = singleObject ? string.Empty : indent;
            text.Append(pad).Append("{\r\n");
            var members = Members(events[i], powerShell7, truncatedProperties, pad + indent + indent).ToList();
            for (var m = 0; m < members.Count; m++)
            {
                text.Append(pad).Append(indent).Append('"').Append(members[m].Name).Append('"').Append(colon).Append(members[m].Json);
                text.Append(m < members.Count - 1 ? ",\r\n" : "\r\n");
            }

            text.Append(pad).Append('}').Append(i < events.Count - 1 ? ",\r\n" : "\r\n");
        }

        if (!singleObject)
        {
            text.Append(']');
        }

        return text.ToString();
    }

    private static IEnumerable<(string Name, string Json)> Members(FixtureEvent e, bool powerShell7, bool truncated, string propertyIndent)
    {
        yield return ("Id", e.EventId.ToString(CultureInfo.InvariantCulture));
        yield return ("Version", e.Version.ToString(CultureInfo.InvariantCulture));
        foreach (var name in Uninteresting)
        {
            yield return (name, name switch { "Qualifiers" => "null", "Level" => "4", _ => "0" });
        }

        yield return ("RecordId", e.RecordId.ToString(CultureInfo.InvariantCulture));
        yield return ("ProviderName", Str(e.Provider));
        yield return ("LogName", Str(e.Channel));
        yield return ("ProcessId", "4");
        yield return ("MachineName", Str(e.Computer));
        yield return ("UserId", "null");
        yield return ("TimeCreated", powerShell7 ? Str(LocalIso(e.TimeUtc)) : "\"\\/Date(" + new DateTimeOffset(e.TimeUtc).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + ")\\/\"");
        yield return ("LevelDisplayName", Str("Information"));
        yield return ("Properties", truncated ? TruncatedProperties(e.Fields.Count) : Properties(e, propertyIndent));
        yield return ("Message", Str(e.Message()));
    }

    private static string Properties(FixtureEvent e, string indent)
    {
        var items = e.Fields.Select(f => $"{indent}{{\r\n{indent}  \"Value\": {Typed(f.Key, f.Value)}\r\n{indent}}}");
        return "[\r\n" + string.Join(",\r\n", items) + "\r\n" + indent + "]";
    }

    private static string TruncatedProperties(int count) =>
        "[" + string.Join(", ", Enumerable.Repeat("\"System.Diagnostics.Eventing.Reader.EventProperty\"", count)) + "]";

    /// <summary>Numbers and booleans as JSON numbers and booleans, as ConvertTo-Json writes the typed values.</summary>
    private static string Typed(string name, string value) =>
        name.EndsWith("Length", StringComparison.Ordinal) || name is "SPNValidationPolicy" or "SmbClientDoesNotSupportEncryptionType" ? value
        : value is "true" or "false" ? value
        : Str(value);

    private static string LocalIso(DateTime utc) =>
        new DateTimeOffset(utc).ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    private static string Str(string value) => JsonSerializer.Serialize(value);
}
