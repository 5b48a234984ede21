using System.Globalization;
using SmbPolicyCompiler.Core.Syntax;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>Reads a schema-checked 'monitors' section (of policy or of a ring).</summary>
internal static class MonitorsReader
{
    public static IReadOnlyDictionary<MonitorKind, MonitorSettings> Read(YMapping? section)
    {
        var monitors = new SortedDictionary<MonitorKind, MonitorSettings>();
        foreach (var entry in section?.Entries ?? [])
        {
            if (MonitorKinds.Find(entry.Key.Value) is { } kind && entry.Value is YMapping node)
            {
                monitors[kind] = Read(node, entry.Key);
            }
        }

        return monitors;
    }

    private static MonitorSettings Read(YMapping node, YScalar key)
    {
        var ticket = node.Mapping("ticket");
        return new MonitorSettings(
            node["enabled"] is YScalar { IsPlain: true } enabled ? enabled.Value is "true" or "True" or "TRUE" : null,
            Duration(node, "interval"),
            Duration(node, "window"),
            (int?)node.Integer("threshold"),
            (int?)node.Integer("maxClients"),
            Template(ticket, "subject"),
            Template(ticket, "body"),
            key.Location);
    }

    private static TicketTemplate? Template(YMapping? ticket, string key) =>
        ticket?[key] is YScalar { IsNull: false } text ? TicketTemplate.Parse(text.Value.TrimEnd('\n', '\r'), text.Location) : null;

    /// <summary>30m, 1h, 7d (the schema allows only these forms).</summary>
    private static Located<TimeSpan>? Duration(YMapping node, string key)
    {
        if (node[key] is not YScalar { Value.Length: > 1 } text ||
            !int.TryParse(text.Value.AsSpan(0, text.Value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        TimeSpan? value = text.Value[^1] switch
        {
            'm' => TimeSpan.FromMinutes(number),
            'h' => TimeSpan.FromHours(number),
            'd' => TimeSpan.FromDays(number),
            _ => null,
        };
        return value is { } span ? new Located<TimeSpan>(span, text.Location) : null;
    }
}
