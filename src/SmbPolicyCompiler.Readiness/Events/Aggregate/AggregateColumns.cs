using System.Collections.Frozen;

namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>
/// How a readiness aggregate's columns may be named. The schema's names (Server, Client, EventId, Day, Count,
/// FirstSeen, LastSeen, Users, Spns; Ring and Group informative) are what smbpol's generated queries return; the
/// aliases are what a hand-edited query or a SIEM's export tends to call them. Case does not matter, nor a trailing
/// " [UTC]" (Log Analytics' CSV export adds it to datetime columns).
/// </summary>
internal static class AggregateColumns
{
    public static IReadOnlyList<AggregateColumn> Required { get; } =
        [AggregateColumn.Server, AggregateColumn.Client, AggregateColumn.EventId, AggregateColumn.Day, AggregateColumn.Count, AggregateColumn.FirstSeen, AggregateColumn.LastSeen];

    private static readonly FrozenDictionary<string, AggregateColumn> ByName = new Dictionary<string, AggregateColumn>(StringComparer.OrdinalIgnoreCase)
    {
        ["Server"] = AggregateColumn.Server,
        ["Computer"] = AggregateColumn.Server,
        ["Client"] = AggregateColumn.Client,
        ["ClientName"] = AggregateColumn.Client,
        ["EventId"] = AggregateColumn.EventId,
        ["EventCode"] = AggregateColumn.EventId,
        ["Day"] = AggregateColumn.Day,
        ["Date"] = AggregateColumn.Day,
        ["Count"] = AggregateColumn.Count,
        ["Events"] = AggregateColumn.Count,
        ["FirstSeen"] = AggregateColumn.FirstSeen,
        ["First"] = AggregateColumn.FirstSeen,
        ["LastSeen"] = AggregateColumn.LastSeen,
        ["Last"] = AggregateColumn.LastSeen,
        ["Users"] = AggregateColumn.Users,
        ["UserName"] = AggregateColumn.Users,
        ["Spns"] = AggregateColumn.Spns,
        ["SPN"] = AggregateColumn.Spns,
        ["Ring"] = AggregateColumn.Ring,
        ["Group"] = AggregateColumn.Group,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The schema's name of each column (the first name above), as the generated queries write them.</summary>
    public static string NameOf(AggregateColumn column) => column.ToString();

    public static AggregateColumn? Find(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim();
        if (trimmed.EndsWith(" [UTC]", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^6].TrimEnd();
        }

        return ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(trimmed, out var column) ? column : null;
    }

    /// <summary>
    /// True when a CSV header names Count, Day and Client or Server: an aggregate (no event export has Count and Day
    /// columns), even when it lacks another column, which its reader then names.
    /// </summary>
    public static bool IsAggregateHeader(IEnumerable<string> header)
    {
        var found = header.Select(h => Find(h)).OfType<AggregateColumn>().ToHashSet();
        return found.Contains(AggregateColumn.Count) && found.Contains(AggregateColumn.Day) && (found.Contains(AggregateColumn.Client) || found.Contains(AggregateColumn.Server));
    }

    /// <summary>
    /// True when the start of a JSON export (array or NDJSON, Splunk's {"result":{...}} lines included) shows the
    /// aggregate's keys Client, Count and Day in its first object (no event export has a Day or Count key).
    /// </summary>
    public static bool LooksLikeJsonAggregate(string head)
    {
        var end = head.IndexOf('}');
        var first = end < 0 ? head : head[..end];
        return HasKey(first, "Client") && HasKey(first, "Count") && HasKey(first, "Day");
    }

    private static bool HasKey(string json, string key)
    {
        var at = 0;
        while ((at = json.IndexOf("\"" + key + "\"", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            at += key.Length + 2;
            var rest = json.AsSpan(at).TrimStart();
            if (!rest.IsEmpty && rest[0] == ':')
            {
                return true;
            }
        }

        return false;
    }
}
