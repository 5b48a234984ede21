using System.Text.Json;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// Get-SmbServer/ClientConfiguration properties as the collector writes them: booleans, numbers (enums are numbers),
/// text, arrays. A null property says nothing and is left out.
/// </summary>
internal static class CimValues
{
    public static IReadOnlyDictionary<string, ObservedValue>? Properties(JsonElement? section, string path, IReadOnlySet<string>? keep)
    {
        if (section is null || section.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (section.Value.ValueKind != JsonValueKind.Object)
        {
            throw new SnapshotFormatException($"{path} should be an object of properties or null, found {section.Value.Describe()}");
        }

        var properties = new Dictionary<string, ObservedValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in section.Value.EnumerateObject())
        {
            if ((keep is null || keep.Contains(property.Name)) && Observe(property.Value) is { } value)
            {
                properties[property.Name] = value;
            }
        }

        return properties;
    }

    public static ObservedValue? Observe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => ObservedValue.Of(true),
        JsonValueKind.False => ObservedValue.Of(false),
        JsonValueKind.Number when value.TryGetInt64(out var number) => ObservedValue.Of(number),
        JsonValueKind.Number => ObservedValue.OfText(value.GetRawText()),
        JsonValueKind.String => ObservedValue.OfText(value.GetString() ?? ""),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ when value.Items() is { } items => ObservedValue.OfText(string.Join(", ", items.Select(i => Observe(i)?.Text ?? ""))),
        _ => ObservedValue.OfText(value.GetRawText()),
    };
}
