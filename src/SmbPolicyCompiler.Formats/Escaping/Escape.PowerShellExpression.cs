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

        var parts = new List<string>();
        var run = new StringBuilder();
        foreach (var c in value)
        {
            if (!TextChecks.IsControlOrLineBreak(c))
            {
                run.Append(c);
                continue;
            }

            if (run.Length > 0 || parts.Count == 0)
            {
                parts.Add(PowerShellSingleQuoted(run.ToString()));
                run.Clear();
            }

            parts.Add(string.Create(CultureInfo.InvariantCulture, $"[char]0x{(int)c:X2}"));
        }

        if (run.Length > 0)
        {
            parts.Add(PowerShellSingleQuoted(run.ToString()));
        }

        return "(" + string.Join(" + ", parts) + ")";
    }
}
