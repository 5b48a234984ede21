using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>Parses one value of a .reg file, which may continue over several lines (hex data ending in '\').</summary>
internal sealed class RegValueLineParser(List<string> lines, string sourceName, bool ansi)
{
    private int _line;
    private string _text = "";
    private int _at;

    public RegFileValue Parse(ref int next)
    {
        _line = next;
        _text = lines[next].Trim();
        _at = 0;
        var name = ReadName();
        SkipSpaces();
        Expect('=', "'=' after the value name");
        SkipSpaces();
        var rest = _text[_at..];
        RegFileValue value;
        if (rest == "-")
        {
            value = RegFileValue.Delete(name);
        }
        else if (rest.StartsWith('"'))
        {
            value = RegFileValue.Set(name, StringValue(ReadQuoted("string data")));
            SkipSpaces();
            if (_at < _text.Length)
            {
                throw Error($"unexpected text '{RegFileReader.Shorten(_text[_at..])}' after the closing quote of the string.");
            }
        }
        else if (rest.StartsWith("dword:", StringComparison.OrdinalIgnoreCase))
        {
            value = RegFileValue.Set(name, RegistryValue.Dword(ParseDword(rest[6..].Trim())));
        }
        else if (rest.StartsWith("hex", StringComparison.OrdinalIgnoreCase))
        {
            value = RegFileValue.Set(name, ReadHexValue(rest));
        }
        else
        {
            throw Error($"value '{name}' has data '{RegFileReader.Shorten(rest)}'; expected \"string\", dword:, hex:, hex(N): or -.");
        }

        next = _line + 1;
        return value;
    }

    private RegistryValue StringValue(string text)
    {
        try
        {
            return RegistryValue.String(text);
        }
        catch (UnrepresentableValueException error)
        {
            throw Error($"the string data cannot be stored: {error.Problem}");
        }
    }

    private string ReadName()
    {
        if (_text.StartsWith('@'))
        {
            _at = 1;
            return "";
        }

        return ReadQuoted("the value name");
    }

    private string ReadQuoted(string what)
    {
        Expect('"', $"'\"' opening {what}");
        var builder = new StringBuilder();
        while (_at < _text.Length)
        {
            var c = _text[_at++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                if (_at >= _text.Length)
                {
                    break;
                }

                var escaped = _text[_at++];
                builder.Append(escaped switch
                {
                    '\\' or '"' => escaped,
                    'n' => '\n',
                    _ => throw Error($"unknown escape '\\{escaped}' in {what}; regedit knows \\\\ and \\\"."),
                });
                continue;
            }

            builder.Append(c);
        }

        throw Error($"{what} has no closing quote.");
    }

    private RegistryValue ReadHexValue(string rest)
    {
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var tag = colon < 0 ? rest : rest[..colon];
        uint type = (uint)RegistryValueType.Binary;
        if (!tag.Equals("hex", StringComparison.OrdinalIgnoreCase) &&
            (!tag.StartsWith("hex(", StringComparison.OrdinalIgnoreCase) || !tag.EndsWith(')') ||
             !uint.TryParse(tag[4..^1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out type)))
        {
            throw Error($"'{RegFileReader.Shorten(rest)}' is not hex: or hex(N): with a hexadecimal type N.");
        }

        if (colon < 0)
        {
            throw Error($"'{tag}' must be followed by ':' and the bytes.");
        }

        var bytes = ReadHexBytes(rest[(colon + 1)..]);
        var valueType = (RegistryValueType)type;
        if (ansi && valueType.IsText())
        {
            bytes = Encoding.Unicode.GetBytes(DecodedText.Ansi.GetString(bytes));
        }

        return RegistryValue.FromRaw(valueType, bytes);
    }

    private byte[] ReadHexBytes(string first)
    {
        var bytes = new List<byte>();
        var segment = first.Trim();
        while (true)
        {
            var continued = segment.EndsWith('\\');
            if (continued)
            {
                segment = segment[..^1].TrimEnd();
            }

            ParseHexList(segment, bytes, expectMore: continued);
            if (!continued)
            {
                return [.. bytes];
            }

            if (_line + 1 >= lines.Count)
            {
                throw Error("the hex data continues ('\\') past the end of the file.");
            }

            _line++;
            segment = lines[_line].Trim();
        }
    }

    private void ParseHexList(string segment, List<byte> bytes, bool expectMore)
    {
        if (segment.Length == 0)
        {
            return;
        }

        var parts = segment.Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (part.Length == 0 && i == parts.Length - 1 && expectMore)
            {
                break;
            }

            if (part.Length is 0 or > 2 || !byte.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                throw Error($"'{RegFileReader.Shorten(part)}' is not a hex byte (expected comma-separated pairs such as 0a,ff).");
            }

            bytes.Add(b);
        }
    }

    private uint ParseDword(string digits)
    {
        if (digits.Length is 0 or > 8 || !uint.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw Error($"dword:{RegFileReader.Shorten(digits)} is not 1 to 8 hexadecimal digits.");
        }

        return value;
    }

    private void SkipSpaces()
    {
        while (_at < _text.Length && _text[_at] is ' ' or '\t')
        {
            _at++;
        }
    }

    private void Expect(char c, string what)
    {
        if (_at >= _text.Length || _text[_at] != c)
        {
            throw Error($"expected {what}, found {(_at < _text.Length ? $"'{_text[_at]}'" : "the end of the line")}.");
        }

        _at++;
    }

    private RegFileFormatException Error(string problem) => new(sourceName, _line + 1, problem);
}
