using System.Text.Json;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>JSON helpers for PowerShell output: property names match ignoring case, and 5.1's array wrapper is unwrapped.</summary>
internal static class JsonProperties
{
    public static JsonElement? Find(this JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (obj.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>The items of an array, or of Windows PowerShell 5.1's <c>{"value": [...], "Count": n}</c>; null for anything else.</summary>
    public static IEnumerable<JsonElement>? Items(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray(),
        JsonValueKind.Object when IsArrayWrapper(element) => element.Find("value")!.Value.EnumerateArray(),
        _ => null,
    };

    public static bool IsArrayWrapper(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.Find("value") is { ValueKind: JsonValueKind.Array }
        && element.Find("Count") is { ValueKind: JsonValueKind.Number }
        && element.EnumerateObject().Count() == 2;

    public static string Describe(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the text \"{Shorten(element.GetString() ?? "")}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
