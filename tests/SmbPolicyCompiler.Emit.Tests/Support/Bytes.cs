using System.Text;

namespace SmbPolicyCompiler.Emit.Tests.Support;

/// <summary>Decodes generated text files by their byte-order mark (UTF-16LE or UTF-8), as Windows tools would.</summary>
public static class Bytes
{
    public static string Decode(byte[] content)
    {
        if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }

        var bom = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(false, true).GetString(content, bom, content.Length - bom);
    }
}
