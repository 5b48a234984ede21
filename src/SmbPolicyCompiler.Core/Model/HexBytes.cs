using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>Binary registry data as policy YAML writes it: hexadecimal bytes, optionally separated by spaces ("01 ff 2a").</summary>
public static class HexBytes
{
    public static byte[]? TryParse(string text)
    {
        var digits = text.Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length % 2 != 0)
        {
            return null;
        }

        var bytes = new byte[digits.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!byte.TryParse(digits.AsSpan(i * 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return null;
            }
        }

        return bytes;
    }

    public static string Format(IEnumerable<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (var b in bytes)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
