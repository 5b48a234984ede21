using Microsoft.VisualBasic.FileIO;
using YamlDotNet.RepresentationModel;

namespace SmbPolicyCompiler.Formats.Tests.Escaping;

/// <summary>
/// The escapers of the SIEM outputs. YAML is read back by YamlDotNet and CSV by .NET's TextFieldParser (not by our
/// code); KQL is also read back by Microsoft's Kusto parser in the Emit tests (SiemKqlTests).
/// </summary>
public class SiemEscapeTests
{
    public static TheoryData<string> Printable => HostileValues.Printable;

    public static TheoryData<string> ControlCharacters => HostileValues.ControlCharacters;

    public static TheoryData<string> Everything
    {
        get
        {
            var data = HostileValues.Printable;
            foreach (var value in HostileValues.ControlCharacters)
            {
                data.Add(value);
            }

            data.Add("\uFEFF bom");
            data.Add("- not a list");
            data.Add(": not: a map");
            data.Add("# not a comment");
            data.Add("&anchor *alias !tag %directive @ `");
            data.Add("yes");
            data.Add("null");
            data.Add("  spaces  ");
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Printable))]
    public void KqlString_DecodesBackToTheValue(string value)
    {
        var literal = Escape.KqlString(value);

        DecodeBackslashQuoted(literal).Should().Be(value);
    }

    [Fact]
    public void KqlString_EscapesBackslashAndDoubleQuoteOnly()
    {
        Escape.KqlString(@"a\b ""c"" 'd' $e").Should().Be(@"""a\\b \""c\"" 'd' $e""");
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void KqlAndSplStrings_ControlCharacter_IsRejected(string value)
    {
        ((Action)(() => Escape.KqlString(value))).Should().Throw<UnrepresentableValueException>().Where(e => e.Target == "KQL string literal");
        ((Action)(() => Escape.SplString(value))).Should().Throw<UnrepresentableValueException>().Where(e => e.Target == "SPL quoted string");
        ((Action)(() => Escape.CsvField(value))).Should().Throw<UnrepresentableValueException>().Where(e => e.Target == "CSV field");
    }

    [Fact]
    public void Comments_AreOneLine()
    {
        Escape.KqlComment("a\nb\r\nc").Should().Be("a b  c");
        Escape.SplunkConfText("line\none \\").Should().Be("line one");
    }

    [Theory]
    [MemberData(nameof(Printable))]
    public void SplString_DecodesBackToTheValue(string value)
    {
        DecodeBackslashQuoted(Escape.SplString(value)).Should().Be(value);
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void YamlDoubleQuoted_ReadsBackThroughYamlDotNet(string value)
    {
        var yaml = $"key: {Escape.YamlDoubleQuoted(value)}\nlist:\n  - {Escape.YamlDoubleQuoted(value)}\n";
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        ((YamlScalarNode)root.Children[new YamlScalarNode("key")]).Value.Should().Be(value);
        ((YamlScalarNode)((YamlSequenceNode)root.Children[new YamlScalarNode("list")]).Children[0]).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Event\n| where EventID == 3000\n| summarize count() by Computer")]
    [InlineData("single line with \"quotes\" and # and : and - and 'q' $(x) 😀")]
    [InlineData("ends with a line break\n")]
    [InlineData("blank lines\n\ninside\n")]
    public void YamlLiteralBlock_ReadsBackThroughYamlDotNet(string text)
    {
        var yaml = "query: " + Escape.YamlLiteralBlock(text, 2) + "\nnext: 1\n";
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        ((YamlScalarNode)root.Children[new YamlScalarNode("query")]).Value.Should().Be(text);
        ((YamlScalarNode)root.Children[new YamlScalarNode("next")]).Value.Should().Be("1");
    }

    [Theory]
    [InlineData("tab\there")]
    [InlineData(" leading space")]
    [InlineData("")]
    [InlineData("trailing space \nnext")]
    public void YamlLiteralBlock_TextItCannotKeep_IsRejected(string text)
    {
        ((Action)(() => Escape.YamlLiteralBlock(text, 2))).Should().Throw<UnrepresentableValueException>();
    }

    [Theory]
    [MemberData(nameof(Printable))]
    public void CsvField_ReadsBackThroughTextFieldParser(string value)
    {
        var line = string.Join(",", Escape.CsvField("first"), Escape.CsvField(value), Escape.CsvField(value + "x"));
        using var parser = new TextFieldParser(new StringReader(line + "\n"))
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");

        parser.ReadFields().Should().Equal("first", value, value + "x");
    }

    [Fact]
    public void CsvField_QuotesOnlyWhatNeedsIt()
    {
        Escape.CsvField("broad").Should().Be("broad");
        Escape.CsvField("a,b").Should().Be("\"a,b\"");
        Escape.CsvField("say \"hi\"").Should().Be("\"say \"\"hi\"\"\"");
        Escape.CsvField(" padded ").Should().Be("\" padded \"");
    }

    /// <summary>The rule both languages document for their double-quoted strings: a backslash takes the next character as it is.</summary>
    private static string DecodeBackslashQuoted(string literal)
    {
        literal.Should().StartWith("\"").And.EndWith("\"");
        var body = literal[1..^1];
        var value = new System.Text.StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\')
            {
                i++;
                body.Length.Should().BeGreaterThan(i, "a backslash must not end the literal");
            }
            else
            {
                body[i].Should().NotBe('"', "an unescaped quote would end the literal early");
            }

            value.Append(body[i]);
        }

        return value.ToString();
    }
}
