using System.Text;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string PowerShellLiteral = "PowerShell single-quoted literal";

    /// <summary>
    /// A PowerShell single-quoted string literal, quotes included, whose value is exactly <paramref name="value"/>.
    /// Every character PowerShell treats as a single quote (' U+2018 U+2019 U+201A U+201B) is doubled; nothing
    /// else is special inside such a literal ($, `, ", ; are plain text). Control characters and line breaks are
    /// rejected: a literal may span lines, but editors and git rewrite line endings, which would change the value.
    /// </summary>
    public static string PowerShellSingleQuoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectLoneSurrogate(value, PowerShellLiteral);
        RejectControl(value, PowerShellLiteral, "deliver such text another way (e.g. [char] codes), not in a literal.");
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            builder.Append(c);
            if (IsPowerShellSingleQuote(c))
            {
                builder.Append(c);
            }
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>
    /// Text safe inside a PowerShell comment, both <c># line</c> and <c>&lt;# block #&gt;</c>: line breaks and control
    /// characters become spaces and <c>#&gt;</c> becomes <c># &gt;</c>. Put it after <c>"# "</c> (with the space, so
    /// text such as "requires" cannot form a <c>#requires</c> directive).
    /// </summary>
    public static string PowerShellComment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Sanitise(text).Replace("#>", "# >", StringComparison.Ordinal);
    }

    /// <summary>The characters PowerShell's tokenizer accepts as a single quote.</summary>
    public static bool IsPowerShellSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B';
}
