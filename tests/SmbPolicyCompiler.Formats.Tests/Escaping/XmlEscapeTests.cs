using System.Xml;
using System.Xml.Linq;

namespace SmbPolicyCompiler.Formats.Tests.Escaping;

public class XmlEscapeTests
{
    public static TheoryData<string> Values
    {
        get
        {
            var data = HostileValues.Printable;
            foreach (var extra in new[] { "tab\there", "line\nbreak", "carriage\rreturn", "crlf\r\n\r\n", "\r", "]]>\r]]>", "next line\u0085", "sep\u2028" })
            {
                data.Add(extra);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Text_ParsesBackToTheValue(string value)
    {
        var document = XDocument.Parse("<r>" + Escape.XmlText(value) + "</r>", LoadOptions.PreserveWhitespace);

        document.Root!.Value.Should().Be(value);
        document.Root.Elements().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Attribute_ParsesBackToTheValue_InEitherQuoteStyle(string value)
    {
        var escaped = Escape.XmlAttribute(value);

        XDocument.Parse($"<r a=\"{escaped}\"/>").Root!.Attribute("a")!.Value.Should().Be(value);
        XDocument.Parse($"<r a='{escaped}'/>").Root!.Attribute("a")!.Value.Should().Be(value);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void CData_ParsesBackToTheValue(string value)
    {
        var cdata = Escape.XmlCData(value);

        cdata.Should().StartWith("<![CDATA[").And.EndWith("]]>");
        var document = XDocument.Parse("<DisplayName>" + cdata + "</DisplayName>", LoadOptions.PreserveWhitespace);
        document.Root!.Value.Should().Be(value);
        document.Root.Elements().Should().BeEmpty();
    }

    [Fact]
    public void CData_SplitsTheTerminator()
    {
        Escape.XmlCData("a]]>b").Should().Be("<![CDATA[a]]]]><![CDATA[>b]]>");
        Escape.XmlCData("").Should().Be("<![CDATA[]]>");
    }

    [Theory]
    [InlineData("nul\0")]
    [InlineData("bell\a")]
    [InlineData("escape\u001B")]
    [InlineData("noncharacter\uFFFE")]
    [InlineData("noncharacter\uFFFF")]
    public void AllFunctions_CharacterXmlCannotCarry_AreRejected(string value)
    {
        foreach (var escape in new Func<string, string>[] { Escape.XmlText, Escape.XmlAttribute, Escape.XmlCData })
        {
            var act = () => escape(value);
            act.Should().Throw<UnrepresentableValueException>().Where(e => e.Target == "XML" && e.Problem.Contains("XML 1.0", StringComparison.Ordinal));
        }

        var parse = () => XDocument.Parse("<r>" + value + "</r>");
        parse.Should().Throw<XmlException>("the rejected characters really are not XML");
    }

    [Fact]
    public void AllFunctions_UnpairedSurrogate_IsRejected()
    {
        var value = "a" + '\uDFFF';

        foreach (var escape in new Func<string, string>[] { Escape.XmlText, Escape.XmlAttribute, Escape.XmlCData })
        {
            var act = () => escape(value);
            act.Should().Throw<UnrepresentableValueException>().WithMessage("*unpaired surrogate*");
        }
    }
}
