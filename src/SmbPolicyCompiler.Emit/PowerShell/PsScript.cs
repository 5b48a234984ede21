using System.Text;

namespace SmbPolicyCompiler.Emit.PowerShell;

/// <summary>
/// Builds a .ps1 file: UTF-8 with a byte-order mark (Windows PowerShell 5.1 reads a file without one as the ANSI code
/// page, which would change non-ASCII values) and CRLF line ends.
/// </summary>
internal sealed class PsScript
{
    private readonly StringBuilder _text = new();

    public PsScript Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public PsScript Comment(string comment) => Line("# " + Ps.Comment(comment));

    /// <summary>Appends a template (fixed script logic, no policy values) as it is.</summary>
    public PsScript Template(string name)
    {
        _text.Append(Templates.Read(name));
        return this;
    }

    public byte[] ToBytes()
    {
        var crlf = _text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)];
    }
}
