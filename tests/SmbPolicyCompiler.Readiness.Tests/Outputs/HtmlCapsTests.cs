using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Output;
using SmbPolicyCompiler.Readiness.Tests.Support;
using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Outputs;

/// <summary>
/// The HTML report stays readable at estate scale: daily alerts and blocking lists are capped (saying where the full
/// lists are), a client list identical to one already shown is linked instead of repeated, and without an inventory the
/// page says to pass one.
/// </summary>
public sealed partial class HtmlCapsTests
{
    private static readonly Lazy<string> Html = new(() =>
    {
        var log = new EventLog();
        for (var i = 0; i < 120; i++)
        {
            var client = $@"\\WS-{i:000}";
            log.Smb1("BFS1.corp.example.com", client[2..], April(1));
            for (var minute = 0; minute < 6; minute++)
            {
                log.Signing("BFS1.corp.example.com", client, April(2, 9, minute));
            }
        }

        return GoldenOutputTests.Render(ReadinessRunner.Run(log), ReportFormat.Html);
    });

    [Fact]
    public void Html_DailyAlerts_AreCappedAndSayTheJsonHasAll()
    {
        Html.Value.Should().Contain("on one UTC day against one ring's servers (").And.Contain("): 120; the 50 with the most events are listed (the JSON report, --format json, has every one).");
        AlertRow().Matches(Html.Value).Count.Should().Be(ReadinessHtml.MaxAlertRows);
    }

    [Fact]
    public void Html_BlockingClients_TopTenThenAtMostAHundredInDetails()
    {
        Html.Value.Should().Contain("120 client(s) would break, the 10 with the most events first</h4>")
            .And.Contain("<summary>All 120 client(s) (the first 100 by name here; the CSV report has every one)</summary>");
        var all = Html.Value[Html.Value.IndexOf("<summary>All 120", StringComparison.Ordinal)..];
        all = all[..all.IndexOf("</details>", StringComparison.Ordinal)];
        ClientRow().Matches(all).Count.Should().Be(100);
        all.Should().Contain(">ws-099<").And.NotContain(">ws-100<", "the collapsed list keeps the first 100 by name");
    }

    [Fact]
    public void Html_TheSameClientsAtTheSameServers_AreLinkedNotRepeated_AndAskForAnInventory()
    {
        Html.Value.Should().Contain("The same 120 client(s), at the same servers, as <a href=\"#ring-2-c1-blocking\">broad / serverSigning</a>");
        Regex.Matches(Html.Value, "would break, the 10 with the most events first").Count.Should().Be(1);
        Html.Value.Should().Contain("pass <code>--inventory clients.csv</code>");
    }

    [GeneratedRegex("<tr><td class=\"c\">")]
    private static partial Regex ClientRow();

    [GeneratedRegex("<tr><td>2026-04-02</td>")]
    private static partial Regex AlertRow();
}
