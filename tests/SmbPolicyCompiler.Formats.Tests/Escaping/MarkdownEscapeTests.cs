using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Formats.Tests.Escaping;

/// <summary>
/// The one Markdown escaper, checked by a CommonMark renderer we did not write (Markdig, with GitHub's pipe tables):
/// escaped text renders as itself in a paragraph, a list item, a table cell and an HTML summary, and never as markup.
/// </summary>
public sealed partial class MarkdownEscapeTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().Build();

    public static TheoryData<string> Hostile =>
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "a|b|c",
        "[click](javascript:alert(1))",
        "![img](http://x/y.png)",
        "`code` *bold* _it_ ~~strike~~ **b**",
        "# heading",
        "- item",
        "+ item",
        "> quote",
        "1. numbered",
        "12) numbered",
        "=== setext",
        "line\nbreak\r\nand\ttab",
        "FS-PAR-01 & café &amp; &#60;",
        "back\\slash \\*",
        "esc\u001b[31mred\u0000nul",
        "</summary></details><b>x</b>",
        "http://example.com/a_b_c",
        "see https://x.example/p?q=1_2 now",
        "www.example.com/a_b",
        "alice@contoso.com",
    ];

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("[click](javascript:x)", "\\[click\\](javascript:x)")]
    [InlineData("`code` *bold* _it_", "\\`code\\` \\*bold\\* \\_it\\_")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. numbered", "1\\. numbered")]
    [InlineData("10.1.1.2", "10.1.1.2")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("a\u001bb", "a b")]
    [InlineData("FS-PAR-01 & café", "FS-PAR-01 &amp; café")]
    public void Markdown_HostileText_IsEscaped(string input, string expected) => Escape.Markdown(input).Should().Be(expected);

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Markdown_InAParagraph_RendersAsItsText(string input) =>
        TextOf(Markdig.Markdown.ToHtml(Escape.Markdown(input), Pipeline), "p").Should().Be(Plain(input));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Markdown_InAListItem_RendersAsItsText(string input) =>
        TextOf(Markdig.Markdown.ToHtml("- " + Escape.Markdown(input), Pipeline), "li").Should().Be(Plain(input));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Markdown_InATableCell_StaysInItsCell(string input)
    {
        var html = Markdig.Markdown.ToHtml($"| a | b |\n|---|---|\n| {Escape.Markdown(input)} | end |\n", Pipeline);

        TextOf(html, "td").Should().Be(Plain(input));
        Regex.Matches(html, "<td>").Should().HaveCount(2, "a value cannot add or split cells");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Markdown_InAnHtmlSummary_OpensNoTag(string input)
    {
        var html = Markdig.Markdown.ToHtml($"<details><summary>{Escape.Markdown(input)}</summary>\n\nbody\n\n</details>\n", Pipeline);

        Tags().Matches(html).Select(m => m.Groups[1].Value).Should().OnlyContain(t => t == "details" || t == "summary" || t == "p");
    }

    [Fact]
    public void MarkdownCode_Backticks_CannotCloseTheSpan() => Escape.MarkdownCode("a`b\nc").Should().Be("`a'b c`");

    /// <summary>What a reader sees: control characters (line breaks too) as spaces, white space runs as one.</summary>
    private static string Plain(string input) =>
        Spaces().Replace(new string([.. input.Select(c => char.IsControl(c) ? ' ' : c)]), " ").Trim();

    /// <summary>The element's text, which must hold no markup (not even a link GitHub would make of a bare URL).</summary>
    private static string TextOf(string html, string element)
    {
        var match = Regex.Match(html, $"<{element}>(.*?)</{element}>", RegexOptions.Singleline);
        match.Success.Should().BeTrue(html);
        match.Groups[1].Value.Should().NotContain("<", $"no markup inside: {html}");
        return Spaces().Replace(WebUtility.HtmlDecode(match.Groups[1].Value), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"</?([a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex Tags();
}
