using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SmbPolicyCompiler.Formats.Inf;

/// <summary>Decodes [Registry Values] lines; says whether a line is malformed or only of a type not decoded here.</summary>
internal static partial class GptTmplRegistryValueParser
{
    public enum Outcome
    {
        Decoded,
        UnsupportedType,
        Malformed,
    }

    public static Outcome TryParse(InfEntry entry, out GptTmplRegistryValue? value, out string problem)
    {
        value = null;
        problem = "";
        if (entry.Key is null || entry.Key.Length == 0)
        {
            problem = $"'{entry.Value}' is not NAME=TYPE,DATA";
            return Outcome.Malformed;
        }

        var match = TypeAndData().Match(entry.Value);
        if (!match.Success || !uint.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var type))
        {
            problem = $"'{entry.Key}={entry.Value}' is not NAME=TYPE,DATA with a numeric registry type";
            return Outcome.Malformed;
        }

        var data = match.Groups[2].Value.Trim();
        try
        {
            RegistryValue? decoded = (RegistryValueType)type switch
            {
                RegistryValueType.String => RegistryValue.String(Unquote(data)),
                RegistryValueType.ExpandString => RegistryValue.ExpandString(Unquote(data)),
                RegistryValueType.DWord => RegistryValue.Dword(ParseDword(data)),
                RegistryValueType.MultiString => RegistryValue.MultiString(SplitItems(data)),
                _ => null,
            };
            if (decoded is null)
            {
                problem = $"'{entry.Key}' has registry type {type} ({((RegistryValueType)type).ToRegName()}), which is kept as text but not decoded";
                return Outcome.UnsupportedType;
            }

            value = new GptTmplRegistryValue(entry.Key, decoded);
            return Outcome.Decoded;
        }
        catch (Exception error) when (error is FormatException or ArgumentException)
        {
            problem = $"'{entry.Key}': {error.Message}";
            return Outcome.Malformed;
        }
    }

    private static uint ParseDword(string data)
    {
        if (uint.TryParse(data, NumberStyles.None, CultureInfo.InvariantCulture, out var unsigned))
        {
            return unsigned;
        }

        if (int.TryParse(data, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed))
        {
            return unchecked((uint)signed);
        }

        throw new FormatException($"REG_DWORD data '{data}' is not a decimal number from 0 to 4294967295");
    }

    private static string Unquote(string data)
    {
        if (!data.StartsWith('"'))
        {
            return data;
        }

        if (data.Length < 2 || !data.EndsWith('"'))
        {
            throw new FormatException($"string data {data} has no closing quote");
        }

        return data[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
    }

    private static List<string> SplitItems(string data)
    {
        var items = new List<string>();
        if (data.Length == 0)
        {
            return items;
        }

        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in data)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ',' && !quoted)
            {
                items.Add(Unquote(current.ToString().Trim()));
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        items.Add(Unquote(current.ToString().Trim()));
        return items;
    }

    [GeneratedRegex(@"^\s*(\d+)\s*,(.*)\z", RegexOptions.Singleline)]
    private static partial Regex TypeAndData();
}
