using System.Globalization;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The whole report as JSON (camelCase, times ISO-8601 UTC, days yyyy-MM-dd; strings escaped by System.Text.Json).</summary>
public sealed class ReadinessJson : IReportWriter<ReadinessReport>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, ReadinessReport report) =>
        ReportJson.Write(output, Document(report), ReadinessJsonContext.Default.ReadinessJsonDocument);

    private static ReadinessJsonDocument Document(ReadinessReport report) => new(
        report.Policy,
        Formatting.Day(report.AsOf),
        report.RingFilter,
        report.Input.Complete,
        report.AnyGatedNotReady,
        Input(report.Input),
        report.Rings.Select(Ring),
        Alerts(report),
        report.Computers.Select(Computer),
        report.Clients.Select(Client));

    private static ReadinessJsonInput Input(InputSummary input)
    {
        var read = input.Read;
        return new(
            input.Complete,
            input.Problems,
            input.Cautions,
            read.RecordsRead,
            read.DuplicatesRemoved,
            read.NotDeduplicable,
            read.AuditEvents,
            read.AuditEventsById.Select(p => Count(p.Key, p.Value)),
            read.UnknownEvents.Select(EventCount),
            read.OtherChannelEvents.Select(EventCount),
            read.MalformedRecords,
            read.DataMissing,
            read.FieldsFromMessage,
            read.TimesWithoutOffset,
            input.EventsWithoutComputer,
            input.EventsWithoutClient,
            input.EventsWithoutTime,
            input.EventsFromUnknownComputers,
            input.UnknownComputers,
            input.InventoryPath,
            input.InventoryClients,
            read.Files.Select(f => new ReadinessJsonFile(
                f.Path, f.Format?.ToString(), f.Compressed, f.Records, f.AuditRecords, f.MalformedRecords, f.Outcome.ToString(), f.Note)),
            read.Problems.Select(p => new ReadinessJsonReadProblem(p.Kind.ToString(), p.File, p.Line, p.Message)),
            read.ProblemsNotListed);
    }

    private static ReadinessJsonEventCount EventCount(EventCount c) => new(c.Channel, c.EventId, c.Count);

    private static ReadinessJsonRing Ring(RingReadiness ring) => new(
        ring.Name,
        ring.Order,
        ring.Hosts,
        ring.HostsWithEvents,
        ring.Controls.Select(Control),
        ring.EventsPerDay.Select(day => new ReadinessJsonDay(Formatting.Day(day.Day), day.Total, Kinds(day.ByKind))));

    private static ReadinessJsonControl Control(ControlReadiness c) => new(
        c.Control,
        c.Title,
        c.Stage,
        Verdict(c.Verdict),
        c.Summary,
        c.Reasons,
        c.LowConfidenceOnly,
        c.Direction.ToString(),
        c.Direction.Describe(),
        new ReadinessJsonGate(
            c.Gate.IsGated,
            c.Gate.MinAuditDays,
            c.Gate.ReadinessPercent,
            c.Gate.MaxIncompatibleClients,
            c.Gate.EffectiveMaxIncompatible,
            c.Gate.EffectiveMinReportingPercent,
            c.Gate.EffectiveMinDaysOfData),
        c.NextStage,
        c.AuditSince is { } since ? Formatting.Day(since) : null,
        c.AuditDays,
        c.EnforcedSince is { } enforced ? Formatting.Day(enforced) : null,
        c.EvidenceEventIds,
        c.RingHosts,
        c.RingHostsWithEvents,
        c.Events,
        c.ClientsSeen,
        c.InventoryClientsAdded,
        c.Denominator,
        c.Blocking.Count,
        c.PercentReady is { } ready ? Math.Round(ready, 2) : null,
        Time(c.FirstEvent),
        Time(c.LastEvent),
        c.DaysWithEvents,
        c.BurnDown.Select(day => new ReadinessJsonBurnDownDay(Formatting.Day(day.Day), day.Blocking, day.Reported)),
        c.Blocking.Select(Blocking),
        c.HeldBack.Select(h => new ReadinessJsonHeldBack(h.Host, h.ExceptionId, h.HeldAt, h.EvidenceEvents, h.Clients)));

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Model.Verdict.Ready => "ready",
        Model.Verdict.NotReady => "notReady",
        Model.Verdict.ThinEvidence => "thinEvidence",
        _ => "notEnoughData",
    };

    private static ReadinessJsonBlocking Blocking(BlockingClient b) => new(
        b.Client,
        b.PolicyHost,
        Kinds(b.Evidence),
        b.Events,
        b.LowConfidenceOnly,
        Time(b.FirstSeen),
        Time(b.LastSeen),
        b.Servers,
        b.Users,
        b.Spns,
        Inventory(b.Inventory));

    private static ReadinessJsonAlerts Alerts(ReadinessReport report) => new(
        report.AlertThresholds.FromOption ? "option" : "policy",
        report.AlertThresholds.Rings.Select(r => new ReadinessJsonThreshold(r.Ring, r.Threshold)),
        report.AlertThresholds.OutsideRings,
        [.. Analysis.AlertRule.Kinds.Select(k => k.Id)],
        report.Alerts.Select(a => new ReadinessJsonAlert(
            a.Client, Formatting.Day(a.Day), a.Ring, a.Threshold, a.Events, a.Servers, a.MoreServers, a.Owner)));

    private static ReadinessJsonComputer Computer(ComputerSummary c) => new(
        c.Name,
        c.Known,
        c.Host,
        c.Ring,
        c.Group,
        c.Role,
        c.Exceptions.Select(e => new ReadinessJsonException(e.Id, e.Control, e.Stage, Formatting.Day(e.Expires), e.Active)),
        c.Events,
        Kinds(c.ByKind),
        c.Peers,
        c.EventsWithoutPeer,
        Time(c.FirstEvent),
        Time(c.LastEvent));

    private static ReadinessJsonClient Client(ClientSummary c) => new(
        c.Name,
        c.PolicyHost,
        c.Ring,
        Inventory(c.Inventory),
        Time(c.FirstSeen),
        Time(c.LastSeen),
        c.Events,
        Kinds(c.ByKind),
        c.ByDay.Select(day => Count(Formatting.Day(day.Day), day.Events)),
        c.Servers.Select(server => Count(server.Name, server.Events)),
        c.Users,
        c.MoreUsers,
        c.Spns,
        c.MoreSpns);

    private static ReadinessJsonInventory? Inventory(InventoryClient? client) =>
        client is null ? null : new(client.Name, client.Address, client.Owner, client.DeviceType, client.Location, client.Line);

    private static IEnumerable<KeyValuePair<string, long>> Kinds(IReadOnlyList<KindCount> kinds) =>
        kinds.Select(k => Count(k.EventId.ToString(CultureInfo.InvariantCulture), k.Count));

    private static KeyValuePair<string, long> Count(string name, long count) => new(name, count);

    private static KeyValuePair<string, long> Count(int id, long count) => Count(id.ToString(CultureInfo.InvariantCulture), count);

    private static string? Time(DateTime? utc) => utc is null ? null : Formatting.IsoTime(utc);
}
