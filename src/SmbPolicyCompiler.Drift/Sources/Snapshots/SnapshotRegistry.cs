using System.Globalization;
using System.Text.Json;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// The snapshot's "registry" section: four keys, each null (the key does not exist, so every value is absent) or a
/// list of {name, type, data} with type a RegistryValueKind name.
/// </summary>
internal static class SnapshotRegistry
{
    public static ObservedRegistry Read(JsonElement? section, IReadOnlySet<string>? keep)
    {
        if (section is not { ValueKind: JsonValueKind.Object } registry)
        {
            throw new SnapshotFormatException($"registry should be an object with {string.Join(", ", RegistryKeys.All.Select(k => k.Name))}, found {section?.Describe() ?? "nothing"}");
        }

        var observed = new ObservedRegistry();
        foreach (var (name, key) in RegistryKeys.All)
        {
            var path = "registry." + name;
            var values = registry.Find(name) ?? throw new SnapshotFormatException($"{path} is missing; write null when the key does not exist");
            observed.AddKey(key);
            if (values.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var items = values.Items() ?? throw new SnapshotFormatException($"{path} should be a list of values or null, found {values.Describe()}");
            var index = 0;
            foreach (var item in items)
            {
                var (valueName, value) = ReadValue(item, $"{path}[{index++}]");
                if (keep is null || keep.Contains(valueName))
                {
                    observed.Add(key, valueName, value);
                }
            }
        }

        return observed;
    }

    private static (string Name, ObservedValue Value) ReadValue(JsonElement item, string path)
    {
        if (item.Find("name") is not { ValueKind: JsonValueKind.String } name || item.Find("type") is not { ValueKind: JsonValueKind.String } type)
        {
            throw new SnapshotFormatException($"{path} should be {{\"name\": ..., \"type\": ..., \"data\": ...}}, found {item.Describe()} without a text name and type");
        }

        var data = item.Find("data") ?? throw new SnapshotFormatException($"{path}.data is missing");
        var kind = type.GetString()!;
        var value = kind switch
        {
            "DWord" when data.ValueKind == JsonValueKind.Number && data.TryGetUInt32(out var dword) => ObservedValue.Of(dword),
            "DWord" => throw Bad(path, "a REG_DWORD is a number from 0 to 4294967295", data),
            "QWord" => QWord(data, path),
            "String" or "ExpandString" when data.ValueKind == JsonValueKind.String => ObservedValue.OfText(data.GetString()!),
            "MultiString" when data.Items() is { } strings => ObservedValue.OfText(string.Join(", ", strings.Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : s.GetRawText()))),
            "Binary" or "None" or "Unknown" when data.ValueKind == JsonValueKind.String => ObservedValue.OfText(data.GetString()!),
            "String" or "ExpandString" or "MultiString" or "Binary" or "None" or "Unknown" => throw Bad(path, $"a {kind} value has {Expected(kind)}", data),
            _ => throw new SnapshotFormatException($"{path}.type '{kind}' is not a RegistryValueKind (String, ExpandString, Binary, DWord, MultiString, QWord, None, Unknown)"),
        };
        return (name.GetString()!, value);
    }

    private static ObservedValue QWord(JsonElement data, string path)
    {
        var text = data.ValueKind switch
        {
            JsonValueKind.String => data.GetString(),
            JsonValueKind.Number => data.GetRawText(),
            _ => null,
        };
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var qword))
        {
            throw Bad(path, "a QWord is an unsigned number written as decimal text", data);
        }

        return qword <= long.MaxValue ? ObservedValue.Of((long)qword) : ObservedValue.OfText(text!);
    }

    private static string Expected(string kind) => kind switch
    {
        "MultiString" => "a list of texts",
        "Binary" or "None" or "Unknown" => "hex text",
        _ => "text",
    };

    private static SnapshotFormatException Bad(string path, string expected, JsonElement data) =>
        new($"{path}.data: {expected}, found {data.Describe()}");
}
