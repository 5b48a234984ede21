using System.Globalization;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Syntax;

/// <summary>Typed reads from schema-checked YAML. Values that do not fit return null; the schema has already said why.</summary>
internal static class YNodeExtensions
{
    public static string? Text(this YMapping mapping, string key) =>
        mapping[key] is YScalar { IsNull: false } s ? s.Value : null;

    public static Located<string>? LocatedText(this YMapping mapping, string key) =>
        mapping[key] is YScalar { IsNull: false } s ? new Located<string>(s.Value, s.Location) : null;

    public static long? Integer(this YMapping mapping, string key) =>
        mapping[key] is YScalar s && long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static double? Number(this YMapping mapping, string key) =>
        mapping[key] is YScalar s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static YMapping? Mapping(this YMapping mapping, string key) => mapping[key] as YMapping;

    public static IEnumerable<YMapping> Mappings(this YMapping mapping, string key) =>
        (mapping[key] as YSequence)?.Items.OfType<YMapping>() ?? [];

    public static IReadOnlyList<Located<string>> TextList(this YMapping mapping, string key) =>
        (mapping[key] as YSequence)?.Items.OfType<YScalar>().Where(s => !s.IsNull).Select(s => new Located<string>(s.Value, s.Location)).ToList()
        ?? [];

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
