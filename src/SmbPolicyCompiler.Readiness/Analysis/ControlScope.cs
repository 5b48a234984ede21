using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// What the catalogue says about judging one control: its evidence events (by kind index, which are low-confidence),
/// the side its enforcement changes (the side whose settings enforce adds beyond audit) and so which way round the
/// evidence runs.
/// </summary>
internal sealed record ControlScope(
    ControlDefinition Control,
    Side EnforcedOn,
    EvidenceDirection Direction,
    bool[] Evidence,
    bool[] LowConfidence,
    IReadOnlyList<int> EvidenceIds)
{
    public static ControlScope? For(ControlDefinition control)
    {
        var kinds = control.Evidence;
        if (kinds.Count == 0)
        {
            return null;
        }

        var evidence = new bool[EventKinds.Count];
        var lowConfidence = new bool[EventKinds.Count];
        foreach (var e in kinds)
        {
            var index = EventKinds.IndexOf(e.Event);
            evidence[index] = true;
            lowConfidence[index] = e.LowConfidence;
        }

        var loggedBy = kinds[0].Event.LoggedBy;
        var enforcedOn = EnforcedSide(control, loggedBy);
        var direction = (enforcedOn, loggedBy) switch
        {
            (Side.Server, _) => EvidenceDirection.RingServersNameClients,
            (Side.Client, Side.Client) => EvidenceDirection.RingClientsNameServers,
            _ => EvidenceDirection.ServersNameRingClients,
        };
        return new ControlScope(control, enforcedOn, direction, evidence, lowConfidence, [.. kinds.Select(k => k.EventId).Order()]);
    }

    /// <summary>Whether a ring host takes part: in the ring, and on the side enforcement changes.</summary>
    public bool Includes(HostInfo host, string ring) =>
        host.Has(EnforcedOn) && string.Equals(host.Ring, ring, StringComparison.OrdinalIgnoreCase);

    private static Side EnforcedSide(ControlDefinition control, Side loggedBy)
    {
        var audited = control.Stages.Where(s => s.Kind == StageKind.Audit).SelectMany(s => s.Settings).Select(a => a.Setting).ToHashSet();
        var sides = control.Stages.Where(s => s.Kind == StageKind.Enforce)
            .SelectMany(s => s.Settings)
            .Where(a => !audited.Contains(a.Setting))
            .Select(a => a.Setting.Side)
            .Distinct()
            .ToList();
        return sides.Count == 1 ? sides[0] : loggedBy;
    }
}
