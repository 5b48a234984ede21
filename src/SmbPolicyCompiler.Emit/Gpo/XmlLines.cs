using System.Text;

namespace SmbPolicyCompiler.Emit.Gpo;

/// <summary>Builds the XML files of a backup: UTF-8 without BOM (or UTF-16LE for gpreport.xml), CRLF line ends, two-space indentation.</summary>
internal sealed class XmlLines
{
    private readonly StringBuilder _text = new();

    public XmlLines Line(int depth, string line)
    {
        _text.Append(' ', depth * 2).Append(line).Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_text.ToString());

    /// <summary>UTF-16LE with a byte order mark, as GPMC writes gpreport.xml.</summary>
    public byte[] ToUtf16Bytes() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(_text.ToString())];
}
