using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.TestSupport.Interop;

/// <summary>Decodes the repr() of a Python str, as samba-gpo-dump prints string data.</summary>
public static class PythonRepr
{
    public static string Parse(string repr)
    {
        if (repr.Length < 2 || repr[0] is not ('\'' or '"') || repr[^1] != repr[0])
        {
            throw new FormatException($"Not a Python string repr: {repr}");
        }

        var text = new StringBuilder();
        for (var i = 1; i < repr.Length - 1; i++)
        {
            if (repr[i] != '\\')
            {
                text.Append(repr[i]);
                continue;
            }

            var code = repr[++i];
            switch (code)
            {
                case 'x':
                    text.Append((char)Hex(repr, i + 1, 2));
                    i += 2;
                    break;
                case 'u':
                    text.Append((char)Hex(repr, i + 1, 4));
                    i += 4;
                    break;
                case 'U':
                    text.Append(char.ConvertFromUtf32(Hex(repr, i + 1, 8)));
                    i += 8;
                    break;
                default:
                    text.Append(code switch
                    {
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        '\\' or '\'' or '"' => code,
                        _ => throw new FormatException($"Unknown escape \\{code} in {repr}"),
                    });
                    break;
            }
        }

        return text.ToString();
    }

    private static int Hex(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
