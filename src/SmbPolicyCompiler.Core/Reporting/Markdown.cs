using System.Text;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Markdown text escaping for values that came from policy files or events: nothing they hold becomes markup or HTML.</summary>
public static class Markdown
{
    private const string InlineSpecials = "\\`*_[]|~";
    private const string LineStartSpecials = "#-+>!=";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        if (text.Length > 0 && LineStartSpecials.Contains(text[0]))
        {
            sb.Append('\\');
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    sb.Append("&lt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\r' or '\n' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    if (InlineSpecials.Contains(c))
                    {
                        sb.Append('\\');
                    }

                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A code span: backticks and line breaks cannot end it early.</summary>
    public static string Code(string text) =>
        "`" + text.Replace('`', '\'').Replace('\r', ' ').Replace('\n', ' ') + "`";

    /// <summary>Names joined with commas, cut after <paramref name="max"/> with a count of the rest.</summary>
    public static string List(IReadOnlyList<string> names, int max) => NameList.Collapse(names, max, Escape);
}
