using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>regedit's hex payload: "xx,xx,..." wrapped with ",\" CRLF and two spaces once a line reaches 77 columns.</summary>
internal static class RegHex
{
    private const int LineLength = 2 + (25 * 3);

    /// <summary>Formats <paramref name="data"/>; <paramref name="column"/> is where the first byte starts on its line.</summary>
    public static string Format(ReadOnlySpan<byte> data, int column)
    {
        var text = new StringBuilder(data.Length * 3);
        for (var i = 0; i < data.Length; i++)
        {
            text.Append(data[i].ToString("x2", CultureInfo.InvariantCulture));
            if (i == data.Length - 1)
            {
                break;
            }

            text.Append(',');
            column += 3;
            if (column >= LineLength)
            {
                text.Append("\\\r\n  ");
                column = 2;
            }
        }

        return text.ToString();
    }
}
