namespace SmbPolicyCompiler.Formats.Tests.Escaping;

public class PowerShellEscapeTests
{
    public static TheoryData<string> Printable => HostileValues.Printable;

    public static TheoryData<string> ControlCharacters => HostileValues.ControlCharacters;

    [Theory]
    [MemberData(nameof(Printable))]
    public void SingleQuoted_TokenizesBackToTheValue_WithNothingOutsideTheLiteral(string value)
    {
        var literal = Escape.PowerShellSingleQuoted(value);

        var (read, end) = PowerShellSingleQuotedTokenizer.Read(literal);
        read.Should().Be(value);
        end.Should().Be(literal.Length, "the literal must not end early and leave text to run as code");
        literal[0].Should().Be('\'');
        literal[^1].Should().Be('\'');
    }

    [Theory]
    [MemberData(nameof(Printable))]
    public void SingleQuoted_InsideACommand_EndsExactlyWhereItShould(string value)
    {
        const string Before = "Set-ItemProperty -Path $path -Name ";
        var command = Before + Escape.PowerShellSingleQuoted(value) + " -Value 1";

        var (read, end) = PowerShellSingleQuotedTokenizer.Read(command, Before.Length);

        read.Should().Be(value);
        command[end..].Should().Be(" -Value 1");
    }

    [Fact]
    public void SingleQuoted_DoublesEachKindOfQuoteAsItself()
    {
        Escape.PowerShellSingleQuoted("a'b\u2018c\u2019d\u201Ae\u201Bf")
            .Should().Be("'a''b\u2018\u2018c\u2019\u2019d\u201A\u201Ae\u201B\u201Bf'");
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void SingleQuoted_ControlCharacter_IsRejectedClearly(string value)
    {
        var act = () => Escape.PowerShellSingleQuoted(value);

        act.Should().Throw<UnrepresentableValueException>()
            .Where(e => e.Target == "PowerShell single-quoted literal" && e.Problem.Contains("control character U+", StringComparison.Ordinal));
    }

    [Fact]
    public void SingleQuoted_UnpairedSurrogate_IsRejected()
    {
        var act = () => Escape.PowerShellSingleQuoted("x" + '\uD83D');

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*unpaired surrogate U+D83D*");
    }

    [Theory]
    [MemberData(nameof(Printable))]
    [MemberData(nameof(ControlCharacters))]
    public void Comment_CannotEndTheCommentOrStartANewLine(string text)
    {
        var comment = Escape.PowerShellComment(text);

        comment.Should().NotContainAny("\r", "\n", "\u0085", "\u2028", "\u2029", "\0", "#>");
        var block = "<# " + comment + " #>";
        block.IndexOf("#>", StringComparison.Ordinal).Should().Be(block.Length - 2, "only the real terminator may end the block comment");
    }

    [Fact]
    public void Comment_KeepsOrdinaryText()
    {
        Escape.PowerShellComment("Ring 'pilot' — café $(x)").Should().Be("Ring 'pilot' — café $(x)");
        Escape.PowerShellComment("end #> Remove-Item\r\nC:").Should().Be("end # > Remove-Item  C:");
    }
}
