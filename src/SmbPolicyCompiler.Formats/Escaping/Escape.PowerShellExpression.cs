using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string PowerShellExpressionTarget = "PowerShell string expression";

    /// <summary>
    /// A PowerShell expression whose value is exactly <paramref name="value"/>, for data that may hold line breaks or
    /// other control characters (a multi-line REG_SZ, say). Without such characters it is the
    /// <see cref="PowerShellSingleQuoted"/> literal; with them, single-quoted runs joined by <c>[char]0xNN</c>, in
    /// parentheses, starting from a literal so <c>+</c> concatenates strings: <c>('line 1' + [char]0x0D + [char]0x0A + 'line 2')</c>.
    /// The script text itself then holds no control character that editors or git could rewrite. Unpaired surrogates
    /// are rejected: they are not Unicode text.
    /// </summary>
    public static string PowerShellExpression(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectLoneSurrogate(value, PowerShellExpressionTarget);
        if (TextChecks.IndexOfControlOrLineBreak(value) < 0)
        {
            return PowerShellSingleQuoted(value);
        }

        var builder = new StringBuilder(value.Length + 16).Append('(');
        var run = new StringBuilder();
        var first = true;
        foreach (var c in value)
        {
            if (!TextChecks.IsControlOrLineBreak(c))
            {
                run.Append(c);
                continue;
            }

            if (run.Length > 0 || first)
            {
                AppendPart(builder, PowerShellSingleQuoted(run.ToString()), ref first);
                run.Clear();
            }

            AppendPart(builder, string.Create(CultureInfo.InvariantCulture, $"[char]0x{(int)c:X2}"), ref first);
        }

        if (run.Length > 0)
        {
            AppendPart(builder, PowerShellSingleQuoted(run.ToString()), ref first);
        }

        return builder.Append(')').ToString();
    }

    private static void AppendPart(StringBuilder builder, string part, ref bool first)
    {
        builder.Append(first ? string.Empty : " + ").Append(part);
        first = false;
    }
}
