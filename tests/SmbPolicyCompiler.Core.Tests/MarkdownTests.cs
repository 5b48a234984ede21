using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Core.Tests;

public class MarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("[click](javascript:x)", "\\[click\\](javascript:x)")]
    [InlineData("`code` *bold* _it_", "\\`code\\` \\*bold\\* \\_it\\_")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("FS-PAR-01 & café", "FS-PAR-01 &amp; café")]
    public void Escape_HostileText_CannotBecomeMarkupOrHtml(string input, string expected) =>
        Markdown.Escape(input).Should().Be(expected);

    [Fact]
    public void Code_Backticks_CannotCloseTheSpan() => Markdown.Code("a`b\nc").Should().Be("`a'b c`");

    [Fact]
    public void List_LongLists_AreCollapsedWithACount() =>
        Markdown.List(["a", "b", "c", "d"], 2).Should().Be("a, b, … and 2 more");
}
