using System.Text;

namespace SmbPolicyCompiler.Emit.Readme;

/// <summary>
/// Text from the policy inside a line of generated Markdown (a heading after its text, a table cell): the characters
/// that mean something there are backslash-escaped so the text renders as itself; control characters become spaces.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>|&~";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                builder.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
