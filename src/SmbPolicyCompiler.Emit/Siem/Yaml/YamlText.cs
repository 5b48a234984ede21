using System.Text;
using static SmbPolicyCompiler.Formats.Escape;

namespace SmbPolicyCompiler.Emit.Siem.Yaml;

/// <summary>
/// Block-style YAML written line by line. Every value passed as text goes through the YAML escaper (double-quoted
/// scalar or literal block); only <see cref="Plain"/> writes a token as it is, for the writers' own constants.
/// </summary>
internal sealed class YamlText
{
    private readonly StringBuilder _text = new();

    /// <summary>A key with a double-quoted value.</summary>
    public YamlText Quoted(int indent, string key, string value) => Line(indent, $"{key}: {YamlDoubleQuoted(value)}");

    /// <summary>A key with a value written as it is: a number, a keyword or another constant of the writer.</summary>
    public YamlText Plain(int indent, string key, string value) => Line(indent, $"{key}: {value}");

    /// <summary>A key that opens a mapping or a sequence.</summary>
    public YamlText Key(int indent, string key) => Line(indent, key + ":");

    /// <summary>A sequence item with a double-quoted value.</summary>
    public YamlText Item(int indent, string value) => Line(indent, "- " + YamlDoubleQuoted(value));

    /// <summary>A sequence item written as it is (a number or a constant).</summary>
    public YamlText PlainItem(int indent, string value) => Line(indent, "- " + value);

    /// <summary>A key whose value is <paramref name="block"/> kept line for line (a literal block).</summary>
    public YamlText Block(int indent, string key, string block) => Line(indent, $"{key}: {YamlLiteralBlock(block, indent + 2)}");

    /// <summary>A key with a list of numbers in flow style.</summary>
    public YamlText Numbers(int indent, string key, IEnumerable<int> values) => Line(indent, $"{key}: [{string.Join(", ", values)}]");

    public override string ToString() => _text.ToString();

    /// <summary>The text as UTF-8 without a string of it nor a second copy in chunks (a Sigma rule lists every server of its rings).</summary>
    public byte[] ToUtf8() => ChunkedUtf8Buffer.WriteTwice(buffer => buffer.Append(_text));

    private YamlText Line(int indent, string line)
    {
        _text.Append(' ', indent).Append(line).Append('\n');
        return this;
    }
}
