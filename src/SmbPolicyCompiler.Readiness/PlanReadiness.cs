using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness;

/// <summary>The readiness facts <c>smbpol plan --events</c> weighs, in one call.</summary>
public static class PlanReadiness
{
    /// <summary>
    /// Reads the event files and folders and returns, per ring and control at audit or beyond, the verdict, the blocking
    /// clients and a one-line summary; and per server host key the clients that used SMB1 (event 3000). Bad event files
    /// are never fatal: they show in <see cref="PlanReadinessResult.InputProblems"/>.
    /// </summary>
    public static PlanReadinessResult Evaluate(ResolvedPolicy policy, DateOnly asOf, IReadOnlyList<string> eventPaths, ReadinessOptions? options = null)
    {
        var analyzer = new ReadinessAnalyzer(policy, asOf, options);
        var reader = new AuditEventReader((options ?? ReadinessOptions.Default).Events);
        foreach (var e in reader.ReadAudit(eventPaths))
        {
            analyzer.Add(e);
        }

        var report = analyzer.Build(reader.Report);
        var smb1 = ControlCatalogue.Get(ControlCatalogue.Smb1Server).Evidence.Select(e => e.EventId).ToList();
        return new PlanReadinessResult(
            [.. report.Controls.Select(c => new PlanVerdict(c.Ring, c.Control, c.Verdict, [.. c.Blocking.Select(b => b.Client)], c.Summary))],
            analyzer.ClientsByServer(smb1),
            report.Input.Problems);
    }
}
