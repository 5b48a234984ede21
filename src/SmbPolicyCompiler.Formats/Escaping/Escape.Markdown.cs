using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string MarkdownInlineSpecials = "\\`*_[]|~";
    private const string MarkdownLineStartSpecials = "#-+>!=";

    /// <summary>
    /// Text in a line of Markdown (a paragraph, a list item, a table cell, a heading, or the summary of a
    /// <c>&lt;details&gt;</c> block, where Markdown escapes do not apply): it renders as itself. &lt; and &amp; become
    /// entities, which hold in HTML as in Markdown, so nothing can open a tag; the characters that start emphasis,
    /// code, links, tables or strike-through get a backslash, and so does the character that would make a bare URL a
    /// link; a line-start character that would make a heading,
    /// list, quote or numbered item is escaped too; control characters (line breaks included) become spaces, so a
    /// value stays on its line and in its cell. Sanitises rather than rejects: a report must still print.
    /// </summary>
    public static string Markdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var orderedMarker = OrderedListMarkerIndex(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (TextChecks.IsControlOrLineBreak(c))
            {
                builder.Append(' ');
            }
            else if (c == '<')
            {
                builder.Append("&lt;");
            }
            else if (c == '&')
            {
                builder.Append("&amp;");
            }
            else
            {
                if (MarkdownInlineSpecials.Contains(c) || (i == 0 && MarkdownLineStartSpecials.Contains(c)) || i == orderedMarker || StartsAutoLink(text, i))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A code span: backticks and line breaks cannot end it early.</summary>
    public static string MarkdownCode(string text) =>
        "`" + new string([.. text.Select(c => c == '`' ? '\'' : TextChecks.IsControlOrLineBreak(c) ? ' ' : c)]) + "`";

    /// <summary>
    /// The ':' of "scheme://" or the '.' of "www.": GitHub turns such text into a link, inside which backslash escapes
    /// are not read (they would show); escaping that one character keeps the text plain.
    /// </summary>
    private static bool StartsAutoLink(string text, int i) =>
        (text[i] == ':' && i > 0 && char.IsAsciiLetter(text[i - 1]) && text.AsSpan(i + 1).StartsWith("//")) ||
        (text[i] == '.' && i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase) && (i == 3 || !char.IsAsciiLetterOrDigit(text[i - 4])));

    /// <summary>The '.' or ')' of "12. " / "3)" at the start, which would make a numbered list item (not "10.1.1.2"); else -1.</summary>
    private static int OrderedListMarkerIndex(string text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var marker = digits > 0 && digits < text.Length && text[digits] is '.' or ')';
        return marker && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t') ? digits : -1;
    }
}
