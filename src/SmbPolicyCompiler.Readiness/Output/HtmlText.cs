using System.Text.Encodings.Web;
using System.Text.Unicode;
using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// HTML (and inline SVG) text and attribute encoding: everything from events goes through here. SafeText first makes
/// control characters and bidirectional overrides visible; then the framework's HtmlEncoder encodes &amp; &lt; &gt; " '
/// (and anything else it does not trust), so no value can open a tag, close a CDATA section or an &lt;svg&gt;, or leave
/// an attribute. Letters of every script stay as they are.
/// </summary>
internal static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text, int maxLength = SafeText.DefaultMaxLength) => Encoder.Encode(SafeText.Clean(text, maxLength));
}
