using System.Text;
using SmbPolicyCompiler.Formats.Inf;
using SmbPolicyCompiler.Formats.RegFiles;

namespace SmbPolicyCompiler.Formats.Tests.Escaping;

public class RegAndInfEscapeTests
{
    public static TheoryData<string> Printable => HostileValues.Printable;

    public static TheoryData<string> ControlCharacters => HostileValues.ControlCharacters;

    [Theory]
    [MemberData(nameof(Printable))]
    public void RegQuotedString_ReadsBackThroughTheRegReader(string value)
    {
        var quoted = Escape.RegQuotedString(value);
        var text = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\X]\r\n" + quoted + "=" + quoted + "\r\n";

        var read = RegFileReader.Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]).Keys.Single().Values.Single();

        read.Name.Should().Be(value);
        read.Value!.AsString().Should().Be(value);
    }

    [Fact]
    public void RegQuotedString_EscapesBackslashAndQuoteOnly()
    {
        Escape.RegQuotedString(@"C:\a ""b"" 'c' $d").Should().Be(@"""C:\\a \""b\"" 'c' $d""");
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void RegQuotedString_ControlCharacter_IsRejected(string value)
    {
        Escape.CanRegQuote(value).Should().BeFalse();
        var act = () => Escape.RegQuotedString(value);
        act.Should().Throw<UnrepresentableValueException>().Where(e => e.Target == ".reg quoted string");
    }

    [Theory]
    [MemberData(nameof(Printable))]
    [MemberData(nameof(ControlCharacters))]
    public void RegComment_StaysOnOneLine(string text)
    {
        Escape.RegComment(text).Should().NotContainAny("\r", "\n", "\0", "\u0085", "\u2028", "\u2029");
    }

    [Theory]
    [MemberData(nameof(Printable))]
    public void InfQuotedString_EitherReadsBackOrIsRefusedForQuoteOrPercent(string value)
    {
        if (value.IndexOfAny(['"', '%']) >= 0)
        {
            var act = () => Escape.InfQuotedString(value);
            act.Should().Throw<UnrepresentableValueException>().Where(e => e.Target == "INF quoted string");
            return;
        }

        var line = @"MACHINE\Software\X\V=1," + Escape.InfQuotedString(value);
        var file = GptTmplReader.Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("[Registry Values]\r\n" + line + "\r\n")]);

        file.RegistryValues().Single().Value.AsString().Should().Be(value);
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void InfQuotedString_ControlCharacter_IsRejected(string value)
    {
        var act = () => Escape.InfQuotedString(value);

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*control character U+*");
    }

    [Theory]
    [InlineData("netlogon")]
    [InlineData("Software\\Microsoft\\Windows NT\\CurrentVersion")]
    [InlineData("é中文😀")]
    public void InfListItem_PlainItem_IsUnchanged(string item)
    {
        Escape.InfListItem(item).Should().Be(item);
    }
}
