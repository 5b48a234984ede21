using System.Globalization;
using Newtonsoft.Json.Linq;
using SmbPolicyCompiler.Core.Syntax;

namespace SmbPolicyCompiler.Core.Schema;

/// <summary>
/// Projects a YAML tree onto JSON for schema validation. Errors are mapped back to YAML positions by path
/// (<see cref="SchemaPathResolver"/>). Plain scalars follow the YAML 1.2 core schema.
/// </summary>
internal sealed class JsonProjection
{
    public JToken Project(YNode node) => node switch
    {
        YMapping m => ProjectMapping(m),
        YSequence s => new JArray(s.Items.Select(Project)),
        YScalar scalar => ProjectScalar(scalar),
        _ => JValue.CreateNull(),
    };

    private JObject ProjectMapping(YMapping mapping)
    {
        var result = new JObject();
        foreach (var entry in mapping.Entries)
        {
            if (result.Property(entry.Key.Value) is null)
            {
                result[entry.Key.Value] = Project(entry.Value);
            }
        }

        return result;
    }

    internal static JValue ProjectScalar(YScalar scalar)
    {
        if (!scalar.IsPlain)
        {
            return new JValue(scalar.Value);
        }

        var v = scalar.Value;
        if (scalar.IsNull)
        {
            return JValue.CreateNull();
        }

        if (v is "true" or "True" or "TRUE")
        {
            return new JValue(true);
        }

        if (v is "false" or "False" or "FALSE")
        {
            return new JValue(false);
        }

        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new JValue(integer);
        }

        if (v.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(v[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return new JValue(hex);
        }

        if (LooksLikeFloat(v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new JValue(number);
        }

        return new JValue(v);
    }

    private static bool LooksLikeFloat(string v) =>
        v.Length > 0 && (char.IsDigit(v[0]) || v[0] is '-' or '+' or '.') && v.All(c => char.IsDigit(c) || c is '.' or 'e' or 'E' or '-' or '+');
}
