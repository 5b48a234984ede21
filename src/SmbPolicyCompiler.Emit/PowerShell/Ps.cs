using System.Globalization;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.PowerShell;

/// <summary>
/// PowerShell literals. Names, keys and words go through <see cref="Escape.PowerShellSingleQuoted"/>; registry data, which
/// may span lines, through <see cref="Escape.PowerShellExpression"/>. Numbers are written in invariant digits.
/// </summary>
internal static class Ps
{
    public static string Str(string value) => Escape.PowerShellSingleQuoted(value);

    public static string StrOrNull(string? value) => value is null ? "$null" : Str(value);

    public static string Array(IEnumerable<string> values) => "@(" + string.Join(", ", values.Select(Str)) + ")";

    /// <summary>Registry string data: a literal, or an expression with [char] codes when it holds line breaks or control characters.</summary>
    public static string Data(string value) => Escape.PowerShellExpression(value);

    public static string DataArray(IEnumerable<string> values) => "@(" + string.Join(", ", values.Select(Data)) + ")";

    public static string Bool(bool value) => value ? "$true" : "$false";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for after "# " in a comment (line breaks and "#&gt;" made harmless).</summary>
    public static string Comment(string text) => Escape.PowerShellComment(text);
}
