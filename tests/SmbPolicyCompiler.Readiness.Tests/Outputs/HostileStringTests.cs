using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Formats.Csv;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Output;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;
using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Outputs;

/// <summary>
/// Strings from events and the inventory are hostile: script tags, quotes, ]]&gt;, &lt;/svg&gt;, control characters,
/// spreadsheet formulas, Markdown pipes and mentions. No output may let them become markup, formulas or terminal codes.
/// </summary>
public sealed partial class HostileStringTests
{
    private const string Script = "<script>alert('x')</script>";
    private const string Escape = "\u001b[31mred\u001b[0m\u0007";

    private static readonly HashSet<string> HtmlTags =
    [
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "div", "strong", "em", "span", "ul", "li", "table", "tr", "th", "td",
        "section", "details", "summary", "svg", "text", "rect", "line", "g", "nav", "ol", "a", "h4", "code", "defs", "pattern", "path", "circle",
    ];

    /// <summary>Also opened in a real browser by Browser/ReportBrowserTests.</summary>
    internal static readonly Lazy<ReadinessReport> Report = new(() =>
    {
        var log = new EventLog()
            .Signing("BFS1.corp.example.com", @"\\=cmd|'/C calc'!A0", April(1), user: $"{Script} \"quoted\" ]]> </svg> {Escape} | @admins")
            .Signing("BFS1.corp.example.com", @"\\+evil<b>", April(1), user: "-2+3 \u202Egnp.exe")
            .Signing("BFS1.corp.example.com", @"\\@sum(1)", April(1), user: "@SUM(1+1)*cmd|' /C calc'!A0")
            .Signing("BFS1.corp.example.com", "\\\\ws\u001b]0;pwned\u0007", April(1))
            .UnknownSpn("PFS1.corp.example.com", @"\\ws-1", April(2), $"cifs/{Script}]]></svg>");
        var inventory = ClientInventoryReader.Parse(
            "Name,Owner,DeviceType,Location\n\"=cmd|'\",\"=HYPERLINK(\"\"http://evil.example\"\")\",\"<img src=x onerror=alert(1)>\",\"line1\nline2\"\n",
            "clients.csv",
            new Dictionary<InventoryField, string>());
        var ndjson = WinlogbeatWriter.Write(log.Events, dotted: false);
        return ReadinessRunner.Run([("evil<script>.ndjson", Encoding.UTF8.GetBytes(ndjson))], new ReadinessOptions { Inventory = inventory });
    });

    [Fact]
    public void Hostile_EventsAreReadWithTheirStringsIntact()
    {
        var client = Report.Value.Clients.Single(c => c.Name == "=cmd|'");

        client.Users.Single().Should().StartWith(Script);
        client.Inventory!.Owner.Should().Be("=HYPERLINK(\"http://evil.example\")");
    }

    [Fact]
    public void Html_EncodesEveryHostileStringAndHasOnlyItsOwnTags()
    {
        var html = GoldenOutputTests.Render(Report.Value, ReportFormat.Html);

        TagNames().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant()).Should().OnlyContain(t => HtmlTags.Contains(t));
        html.Should().NotContainAny("<script", "<img", "<b>", "]]>", "onerror=alert(1)>");
        html.Should().Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;quoted&quot; ]]&gt; &lt;/svg&gt;");
        Regex.Matches(html, "<svg ").Count.Should().Be(Regex.Matches(html, "</svg>").Count);
        html.Should().NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u202E");
        html.Should().Contain("\\u001B[31mred\\u001B[0m\\u0007").And.Contain("\\u202Egnp.exe");
        html.Should().NotContain("http://evil.example\"").And.NotContain("src=\"http");
    }

    [Fact]
    public void Markdown_CannotOpenTagsBreakTablesOrMentionAnyone()
    {
        var markdown = GoldenOutputTests.Render(Report.Value, ReportFormat.Markdown);

        markdown.Should().NotContainAny("<script", "<img", "<b>", "\u001b", "\u0007", "\u202E");
        foreach (var table in Tables(markdown))
        {
            table.Select(row => UnescapedPipes().Matches(row).Count).Distinct().Should().ContainSingle("every row of a table has as many cells as its header: {0}", table[0]);
        }

        markdown.Should().Contain("| \\=cmd\\|' |", "the client's pipe is escaped and its leading '=' cannot start a heading or formula");
        Mention().IsMatch(markdown).Should().BeFalse("'@name' from an event must not mention a GitHub user or team");
    }

    [Fact]
    public void Csv_GuardsFormulasAndKeepsEveryRowTheSameWidth()
    {
        var csv = GoldenOutputTests.Render(Report.Value, ReportFormat.Csv);

        using var parser = CsvTable.Open(csv)!;
        var header = parser.Header;
        var rows = new List<IReadOnlyList<string>>();
        while (parser.Read())
        {
            rows.Add(parser.Fields());
        }

        rows.Should().HaveCount(5).And.OnlyContain(r => r.Count == header.Count);
        rows.SelectMany(r => r).Should().OnlyContain(cell => cell.Length == 0 || !"=+-@\t\r".Contains(cell[0]));
        rows.Select(r => r[0]).Should().BeEquivalentTo("'=cmd|'", "'+evil<b>", "'@sum(1)", "ws-1", "ws\\u001B]0;pwned\\u0007");
        rows.Single(r => r[0] == "'=cmd|'")[10].Should().Be("'=HYPERLINK(\"http://evil.example\")");
        rows.Single(r => r[0] == "'@sum(1)")[9].Should().Be("'@SUM(1+1)*cmd|' /C calc'!A0");
        rows.Single(r => r[0] == "'+evil<b>")[9].Should().Be("'-2+3 \\u202Egnp.exe");
        csv.Should().NotContain("\u001b").And.NotContain("\u0007");
    }

    [Fact]
    public void Table_ShowsControlCharactersAsEscapes()
    {
        var text = GoldenOutputTests.Render(Report.Value, ReportFormat.Table);

        text.Where(c => char.IsControl(c) && c != '\n').Should().BeEmpty();
        text.Should().Contain("\\u001B[31mred").And.Contain("ws\\u001B]0;pwned\\u0007");
    }

    [Fact]
    public void Json_EscapesEverythingAndRoundTripsTheStrings()
    {
        var json = GoldenOutputTests.Render(Report.Value, ReportFormat.Json);

        json.Should().NotContainAny("<script", "\u001b", "</svg>");
        using var document = JsonDocument.Parse(json);
        var users = document.RootElement.GetProperty("clients").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "=cmd|'").GetProperty("users")[0].GetString();
        users.Should().StartWith(Script).And.Contain(Escape);
    }

    private static IEnumerable<List<string>> Tables(string markdown)
    {
        var table = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                table.Add(line);
            }
            else if (table.Count > 0)
            {
                yield return table;
                table = [];
            }
        }
    }

    [GeneratedRegex("<\\/?([a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex TagNames();

    [GeneratedRegex("(?<!\\\\)\\|")]
    private static partial Regex UnescapedPipes();

    [GeneratedRegex("@[A-Za-z0-9]")]
    private static partial Regex Mention();
}
