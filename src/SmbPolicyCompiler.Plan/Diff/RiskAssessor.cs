using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Diff;

/// <summary>
/// The risks in a change: a stage change that skips audit; enforce before the gate's minimum audit days; enforce on a
/// ring the readiness data says is not ready; an exception extended past the policy's maximum; SMB1 turned off on
/// servers where SMB1 clients (event 3000) were seen.
/// </summary>
internal static class RiskAssessor
{
    public static IReadOnlyList<Risk> Assess(
        ResolvedPolicy before, ResolvedPolicy after, IReadOnlyList<StageChange> stages, IReadOnlyList<ExceptionChange> exceptions, DateOnly asOf, ReadinessEvidence? readiness)
    {
        var risks = new List<Risk>();
        var ringRisksSeen = new HashSet<(RiskKind, string, string)>();
        foreach (var change in stages.Where(c => c.Direction == ChangeDirection.Promote))
        {
            var control = ControlCatalogue.Get(change.Control);
            var ringControl = after.Ring(change.Ring)!.Control(change.Control);
            var from = control.Stage(change.FromStage);
            if (change.ToEnforce && control.HasAudit && from.Kind == StageKind.Initial)
            {
                var where = IsTheRingsOwnChange(before, change, ringControl) ? "" : $" on {change.Hosts.Count} host(s) ({NameList.Collapse(change.Hosts, 10)})";
                risks.Add(new Risk(RiskKind.SkipsAudit, change.Ring, change.Control,
                    $"{change.Ring}: {change.Control} goes from '{change.FromStage}' straight to '{change.ToStage}'{where}; the audit stage was never deployed", []));
            }

            // The gate and the readiness verdict are the ring's: said once, however many host groups make the move.
            bool FirstFor(RiskKind kind) => ringRisksSeen.Add((kind, change.Ring, change.Control));
            if (change.ToEnforce && ringControl.Gate.MinAuditDays is { } minimum && ringControl.Timeline?.AuditEntry is { } audit && FirstFor(RiskKind.EnforceBeforeMinimumAuditDays))
            {
                var enforceDate = ringControl.Since ?? asOf;
                var days = Math.Min(enforceDate.DayNumber, asOf.DayNumber) - audit.Since.DayNumber;
                if (days < minimum)
                {
                    risks.Add(new Risk(RiskKind.EnforceBeforeMinimumAuditDays, change.Ring, change.Control,
                        $"{change.Ring}: {change.Control} enforces after {days} day(s) of audit; the gate asks for {minimum}", []));
                }
            }

            if (change.ToEnforce && readiness?.For(change.Ring, change.Control) is { State: not ReadinessState.Ready } verdict && FirstFor(RiskKind.NotReady))
            {
                risks.Add(new Risk(RiskKind.NotReady, change.Ring, change.Control, $"{change.Ring}: {change.Control} is not ready to enforce: {verdict.Summary}", verdict.BlockingClients));
            }

            if (change.Control == ControlCatalogue.Smb1Server && change.ToEnforce && readiness is not null)
            {
                var clients = change.Hosts.SelectMany(h => Smb1Clients(readiness, after.Host(h))).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
                if (clients.Count > 0)
                {
                    risks.Add(new Risk(RiskKind.Smb1ClientsSeen, change.Ring, change.Control,
                        $"{change.Ring}: SMB1 is turned off on servers where {clients.Count} client(s) used SMB1 (event 3000)", clients));
                }
            }
        }

        risks.AddRange(ExceptionRisks(after, exceptions, asOf));
        return risks;
    }

    private static bool IsTheRingsOwnChange(ResolvedPolicy before, StageChange change, RingControl after) =>
        (before.Ring(change.Ring)?.Control(change.Control).Stage.Name ?? ControlCatalogue.Get(change.Control).Initial.Name) == change.FromStage
        && after.Stage.Name == change.ToStage;

    private static IEnumerable<string> Smb1Clients(ReadinessEvidence readiness, ResolvedHost? host)
    {
        if (host is null)
        {
            return [];
        }

        var keys = new[] { host.Key, host.DnsName ?? "" }.Where(k => k.Length > 0).Select(k => k.ToLowerInvariant());
        return keys.SelectMany(k => readiness.Smb1ClientsByServer.GetValueOrDefault(k) ?? readiness.Smb1ClientsByServer.GetValueOrDefault(HostNames.Key(k)) ?? []);
    }

    private static IEnumerable<Risk> ExceptionRisks(ResolvedPolicy after, IReadOnlyList<ExceptionChange> exceptions, DateOnly asOf)
    {
        if (after.Policy.MaxExceptionDays is not { } maximum)
        {
            yield break;
        }

        foreach (var change in exceptions.Where(e => e.Kind is ExceptionChangeKind.Extended or ExceptionChangeKind.Added))
        {
            var definition = after.Model.Exceptions.First(e => string.Equals(e.Id.Value, change.Id, StringComparison.OrdinalIgnoreCase));
            var start = definition.Created ?? asOf;
            var days = definition.Expires.Value.DayNumber - start.DayNumber;
            if (days > maximum)
            {
                var ring = after.Exceptions.First(e => e.Id == definition.Id.Value).HostKeys.Select(after.Host).FirstOrDefault(h => h?.Ring is not null)?.Ring ?? "-";
                var verb = change.Kind == ExceptionChangeKind.Extended ? "is extended" : "is added";
                yield return new Risk(RiskKind.ExceptionPastMaximum, ring, change.Control,
                    $"exception {change.Id} {verb} to {definition.Expires.Value:yyyy-MM-dd}: {days} days, past the policy's maximum of {maximum}", []);
            }
        }
    }
}
