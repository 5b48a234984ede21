using System.Text;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// HTML (and inline SVG) text and attribute encoding: everything from events goes through here, after SafeText has
/// made control characters visible. &amp; &lt; &gt; " ' are encoded, so no value can open a tag, close a CDATA section
/// or an &lt;svg&gt;, or leave an attribute.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text, int maxLength = SafeText.DefaultMaxLength)
    {
        var clean = SafeText.Clean(text, maxLength);
        if (clean.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return clean;
        }

        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
