using System.Text;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Aggregate;

/// <summary>
/// The meaning of the SIEM aggregate, proven without a SIEM: the same events read raw and read as the aggregate a SIEM
/// query returns (computed by <see cref="IndependentAggregate"/>, not by smbpol) give reports identical in everything
/// but the input section — verdicts, blockers, per-day counts, alerts, clients, computers — field by field.
/// </summary>
public sealed class RawVersusAggregateTests
{
    private static readonly Lazy<(EventLog Log, ReadinessReport Raw)> Raw = new(() =>
    {
        var log = RandomEstateLog.Build(seed: 20261207, events: 4000);
        return (log, RunFiles(("raw.xml", WevtutilXmlWriter.Write(log.Events, XmlShape.EventData))));
    });

    public static TheoryData<string> Shapes => ["csv", "csv-log-analytics", "ndjson", "ndjson-splunk", "json-array", "csv-shuffled"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Aggregate_GivesTheRawEventsReport_ExceptTheInputSection(string shape)
    {
        var (log, raw) = Raw.Value;
        var rows = IndependentAggregate.Of(log.Events);
        var text = shape switch
        {
            "csv" => IndependentAggregate.Csv(rows),
            "csv-log-analytics" => IndependentAggregate.Csv(rows, logAnalyticsHeaders: true),
            "csv-shuffled" => IndependentAggregate.Csv(rows.OrderBy(r => r.Count).ThenByDescending(r => r.Client, StringComparer.Ordinal).ThenByDescending(r => r.Server, StringComparer.Ordinal).ThenBy(r => r.EventId).ThenBy(r => r.Day)),
            "ndjson" => IndependentAggregate.Ndjson(rows, splunk: false),
            "ndjson-splunk" => IndependentAggregate.Ndjson(rows, splunk: true),
            _ => IndependentAggregate.JsonArray(rows),
        };

        var aggregated = RunFiles(($"aggregate.{(shape.StartsWith("csv", StringComparison.Ordinal) ? "csv" : "json")}", text));

        rows.Count.Should().BeLessThan(log.Events.Count, "the aggregate is smaller than the events it counts");
        aggregated.Input.Read.RecordsRead.Should().Be(rows.Count);
        aggregated.Input.Events.Should().Be(raw.Input.Events);
        aggregated.Should().BeEquivalentTo(raw, o => o.Excluding(r => r.Input).WithStrictOrdering());
    }

    [Fact]
    public void RawReport_ExercisesWhatTheAggregateMustReproduce()
    {
        var raw = Raw.Value.Raw;
        raw.Alerts.Should().Contain(a => a.Client == "busy-client" && a.MoreServers, "more alert servers than the report lists");
        raw.Clients.Single(c => c.Name == "shared-kiosk").MoreUsers.Should().BeTrue();
        raw.Controls.Should().Contain(c => c.Blocking.Count > 0);
        raw.Clients.Should().Contain(c => c.ByDay.Count > 10);
        raw.Computers.Should().Contain(c => !c.Known);
    }

    [Fact]
    public void RawAndAggregateFiles_Together_CountEveryEventOnce()
    {
        var (log, raw) = Raw.Value;
        var half = log.Events.Count / 2;
        var aggregate = IndependentAggregate.Csv(IndependentAggregate.Of(log.Events.Skip(half)));

        var mixed = RunFiles(("first-half.xml", WevtutilXmlWriter.Write(log.Events.Take(half), XmlShape.EventData)), ("second-half.csv", aggregate));

        mixed.Input.Events.Should().Be(raw.Input.Events);
        mixed.Input.Read.Files.Select(f => f.Format).Should().BeEquivalentTo([Readiness.Events.EventInputFormat.WevtutilXml, Readiness.Events.EventInputFormat.ReadinessAggregate]);
        mixed.Should().BeEquivalentTo(raw, o => o.Excluding(r => r.Input).WithStrictOrdering());
    }

    private static ReadinessReport RunFiles(params (string Name, string Text)[] files)
    {
        using var folder = new TempFolder("smbpol-aggregate");
        foreach (var (name, text) in files)
        {
            folder.Write(name, Encoding.UTF8.GetBytes(text));
        }

        return ReadinessRun.Run(TestEstate.Policy, TestEstate.AsOf, [folder.Path]);
    }
}
