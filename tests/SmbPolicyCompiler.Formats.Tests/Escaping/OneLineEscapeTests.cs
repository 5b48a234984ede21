namespace SmbPolicyCompiler.Formats.Tests.Escaping;

public sealed class OneLineEscapeTests
{
    [Theory]
    [MemberData(nameof(HostileValues.Printable), MemberType = typeof(HostileValues))]
    public void OneLine_PrintableText_IsUnchanged(string value) => Escape.OneLine(value).Should().Be(value);

    [Theory]
    [InlineData("a\nb", @"a\u000Ab")]
    [InlineData("a\r\nb", @"a\u000D\u000Ab")]
    [InlineData("\u001b[2Jx", @"\u001B[2Jx")]
    [InlineData("\0", @"\u0000")]
    [InlineData("a\u0085b\u2028c\u2029", @"a\u0085b\u2028c\u2029")]
    [InlineData("tab\there", @"tab\u0009here")]
    [InlineData("pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept")]
    public void OneLine_ControlsAndLineBreaks_BecomeVisibleEscapes(string value, string expected)
    {
        var line = Escape.OneLine(value);

        line.Should().Be(expected);
        line.Should().NotContainAny("\n", "\r", "\u0085", "\u2028", "\u2029", "\u001b");
    }

    [Fact]
    public void OneLine_LoneSurrogate_BecomesAnEscape() =>
        Escape.OneLine("lone " + (char)0xD800 + " surrogate").Should().Be(@"lone \uD800 surrogate");
}
