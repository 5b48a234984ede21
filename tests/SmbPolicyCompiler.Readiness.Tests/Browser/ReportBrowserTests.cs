using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Tests.Outputs;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Browser;

/// <summary>
/// The HTML report in a real browser (chromium through Playwright): the example report's headlines, charts and axis
/// labels, no text running out of its box, hostile strings shown as text, and the screenshot in docs/ current.
/// </summary>
[Trait("Category", "Interop")]
public sealed partial class ReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Every laid-out element whose content is wider than its box, and every SVG text outside its chart; empty when all fits.</summary>
    private const string Overflows = """
        () => {
          document.querySelectorAll('details').forEach(d => d.open = true);
          const bad = [];
          for (const el of document.querySelectorAll('body *')) {
            if (el.closest('svg')) continue;
            const style = getComputedStyle(el);
            if (style.display === 'inline' || style.display === 'none' || el.clientWidth === 0) continue;
            if (el.scrollWidth > el.clientWidth + 1) bad.push(`${el.tagName} ${el.scrollWidth}>${el.clientWidth}: ${el.textContent.slice(0, 80)}`);
          }
          for (const svg of document.querySelectorAll('svg')) {
            const box = svg.getBoundingClientRect();
            for (const text of svg.querySelectorAll('text')) {
              const r = text.getBoundingClientRect();
              if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                bad.push(`svg text outside its chart (${svg.getAttribute('aria-label')}): ${text.textContent}`);
            }
          }
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth) bad.push(`page scrolls sideways: ${document.documentElement.scrollWidth}`);
          return bad;
        }
        """;

    private static string ScreenshotPath => Path.Combine(RepoPaths.Docs, "readiness-report.png");

    private static string HashPath => Path.Combine(RepoPaths.Docs, "readiness-report.html.sha256");

    [Fact]
    public async Task ExampleReport_SaysWhatToDoPerRing_DrawsBurnDownsWithAxes_AndNothingOverflows()
    {
        var page = await browser.OpenAsync(browser.ExampleReport);

        var headlines = await page.Locator("li.headline").AllInnerTextsAsync();
        headlines.Should().HaveCount(14, "the example has 14 ring controls at audit or beyond");
        headlines.Should().Contain("NO-GO serverSigning audit → enforce: blocked by 2 client(s), all of them laptops owned by finance-it: ws-fin-003, ws-fin-007.");
        headlines.Should().Contain("NO-GO smb1Server audit → disabled: blocked by 1 client(s) (printer owned by facilities): 10.20.4.31.");
        headlines.Should().Contain(h => h.StartsWith("BREAKING NOW spnValidation enforced since 2026-11-02", StringComparison.Ordinal));
        headlines.Should().Contain(h => h.StartsWith("THIN EVIDENCE clientSigning audit → enforce: no client would break in the events read, but only 2 of 15 clients reported events", StringComparison.Ordinal));
        (await page.Locator("nav.toc a").AllInnerTextsAsync()).Should().Contain(["Ring pilot", "Ring early", "Ring broad", "Daily alerts"]);

        var burnDowns = page.Locator("svg.burndown");
        (await burnDowns.CountAsync()).Should().Be(10, "a burn-down for every ring control with events from its reporting hosts (not the four client-side controls without client logs)");
        var texts = await burnDowns.First.Locator("text").AllTextContentsAsync();
        texts.Should().Contain("UTC day").And.Contain(t => t.StartsWith("clients (of ", StringComparison.Ordinal));
        texts.Count(t => IsoDay().IsMatch(t)).Should().BeGreaterThanOrEqualTo(4, "the day axis has dated ticks");
        texts.Should().Contain(t => t.StartsWith("clients that logged evidence", StringComparison.Ordinal)).And.Contain(t => t.StartsWith("no event from the ring that day", StringComparison.Ordinal));
        (await page.Locator("svg.share").CountAsync()).Should().Be(3);
        (await page.Locator("svg.events text").AllTextContentsAsync()).Should().Contain("3021: an SMB2/3 client does not support signing");

        var overflows = await page.EvaluateAsync<string[]>(Overflows);
        overflows.Should().BeEmpty();
    }

    [Fact]
    public async Task HostileReport_ShowsScriptTagsQuotesAndControlCharactersAsText()
    {
        var file = Path.Combine(Path.GetDirectoryName(browser.ExampleReport)!, "hostile.html");
        await File.WriteAllTextAsync(file, GoldenOutputTests.Render(HostileStringTests.Report.Value, ReportFormat.Html));
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var text = await page.Locator("body").InnerTextAsync();
        text.Should().Contain("<script>alert('x')</script> \"quoted\" ]]> </svg>").And.Contain("+evil<b>").And.Contain("\\u001B]0;pwned\\u0007");
        text.Should().NotContain("\u001b").And.NotContain("\u0007");
        (await page.EvaluateAsync<int>("() => document.scripts.length + document.querySelectorAll('img,b,iframe,object').length")).Should().Be(0);
        dialogs.Should().Be(0);
        (await page.EvaluateAsync<string[]>(Overflows)).Should().BeEmpty();
    }

    /// <summary>docs/readiness-report.png shows the example report: the hash of the report it was taken from is kept beside it.</summary>
    [Fact]
    public async Task ExampleReport_ScreenshotInDocsIsCurrent()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(browser.ExampleReport))) + "  readiness-report.html\n";
        if (Golden.Updating)
        {
            var page = await browser.OpenAsync(browser.ExampleReport);
            await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true, Clip = new() { X = 0, Y = 0, Width = 1280, Height = 2600 } });
            await File.WriteAllTextAsync(HashPath, hash);
        }

        File.Exists(ScreenshotPath).Should().BeTrue();
        (await File.ReadAllBytesAsync(ScreenshotPath)).Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        (await File.ReadAllTextAsync(HashPath)).Should().Be(hash,
            $"docs/readiness-report.png must show the current example report (smbpol {string.Join(' ', BrowserFixture.ExampleArguments)}): " +
            $"rerun this test with {Golden.UpdateVariable}=1 to retake it");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();
}
