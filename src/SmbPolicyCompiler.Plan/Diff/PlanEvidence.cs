using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.Plan.Sources;
using SmbPolicyCompiler.Readiness;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Plan.Diff;

/// <summary>Reads audit-event exports into the readiness facts a plan weighs (verdicts per ring and control, SMB1 clients).</summary>
public static class PlanEvidence
{
    public static ReadinessEvidence Read(ResolvedPolicy policy, DateOnly asOf, IReadOnlyList<string> eventPaths, ReadinessOptions? options = null)
    {
        var (files, errors) = EventInputs.Find(eventPaths);
        if (errors.Count > 0 || files.Count == 0)
        {
            throw new PlanInputException("--events: " + string.Join("; ", errors.DefaultIfEmpty("no event file found in " + string.Join(", ", eventPaths))));
        }

        var result = PlanReadiness.Evaluate(policy, asOf, eventPaths, options);
        // The summary without names: a risk lists the blocking clients once, beside it.
        var verdicts = result.Verdicts.Select(v => new RingReadiness(v.Ring, v.Control, Map(v.State), v.BlockingClients, Summary(v))).ToList();
        return new ReadinessEvidence(verdicts, result.Smb1ClientsByServer, result.InputProblems, result.InputProblemDetails);
    }

    private static string Summary(PlanVerdict verdict) => verdict.State switch
    {
        Readiness.Model.Verdict.Ready => "ready",
        Readiness.Model.Verdict.NotReady => "not ready",
        Readiness.Model.Verdict.ThinEvidence => "thin evidence",
        _ => "not enough data",
    } + (verdict.Reasons.Count > 0 ? ": " + string.Join("; ", verdict.Reasons) : "");

    private static ReadinessState Map(Readiness.Model.Verdict verdict) => verdict switch
    {
        Readiness.Model.Verdict.Ready => ReadinessState.Ready,
        Readiness.Model.Verdict.NotReady => ReadinessState.NotReady,
        _ => ReadinessState.NotEnoughData,
    };
}
