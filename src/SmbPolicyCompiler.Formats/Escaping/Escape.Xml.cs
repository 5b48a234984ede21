using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    private const string Xml = "XML";

    /// <summary>
    /// Element text: <c>&amp; &lt; &gt;</c> escaped, CR as <c>&amp;#xD;</c> (a parser would turn a raw CR into LF).
    /// Characters XML 1.0 forbids (NUL and most C0 controls, U+FFFE, U+FFFF, unpaired surrogates) are rejected.
    /// </summary>
    public static string XmlText(string value) => EscapeXml(value, attribute: false);

    /// <summary>
    /// An attribute value for either quote style: also <c>" '</c> escaped, and TAB, LF, CR as character
    /// references (attribute normalisation would turn them into spaces).
    /// </summary>
    public static string XmlAttribute(string value) => EscapeXml(value, attribute: true);

    /// <summary>
    /// A CDATA section (markers included) holding <paramref name="value"/>, as GPMC writes Backup.xml values.
    /// <c>]]&gt;</c> is split across two sections and CR is written as <c>&amp;#xD;</c> between sections, so the
    /// element's text reads back exactly.
    /// </summary>
    public static string XmlCData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectNonXml(value);
        var body = value
            .Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal)
            .Replace("\r", "]]>&#xD;<![CDATA[", StringComparison.Ordinal);
        return "<![CDATA[" + body + "]]>";
    }

    private static string EscapeXml(string value, bool attribute)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectNonXml(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var reference = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\'' when attribute => "&apos;",
                '\t' when attribute => "&#x9;",
                '\n' when attribute => "&#xA;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (reference is null)
            {
                builder.Append(c); // not c.ToString(): a string per character made this the top allocator of a large compile
            }
            else
            {
                builder.Append(reference);
            }
        }

        return builder.ToString();
    }

    private static void RejectNonXml(string value)
    {
        RejectLoneSurrogate(value, Xml);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var allowed = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || char.IsSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed)
            {
                throw new UnrepresentableValueException(
                    Xml,
                    string.Create(CultureInfo.InvariantCulture, $"the value contains {TextChecks.Describe(c)} at index {i}, which XML 1.0 cannot carry even as a character reference."));
            }
        }
    }
}
