using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness;

/// <summary>The readiness facts <c>smbpol plan --events</c> weighs, in one call.</summary>
public static class PlanReadiness
{
    private const int MaxProblemDetails = 10;

    /// <summary>
    /// Reads the event files and folders and returns, per ring and control at audit or beyond, the verdict, the blocking
    /// clients and a one-line summary; and per server host key the clients that used SMB1 (event 3000). Bad event files
    /// are never fatal: they show in <see cref="PlanReadinessResult.InputProblems"/>.
    /// </summary>
    public static PlanReadinessResult Evaluate(ResolvedPolicy policy, DateOnly asOf, IReadOnlyList<string> eventPaths, ReadinessOptions? options = null)
    {
        var analyzer = new ReadinessAnalyzer(policy, asOf, options);
        var input = new ReadinessInput((options ?? ReadinessOptions.Default).Events);
        input.Feed(analyzer, eventPaths);
        var report = analyzer.Build(input.Report);
        var smb1 = ControlCatalogue.Get(ControlCatalogue.Smb1Server).Evidence.Select(e => e.EventId).ToList();
        return new PlanReadinessResult(
            [.. report.Controls.Select(c => new PlanVerdict(c.Ring, c.Control, c.Verdict, [.. c.Blocking.Select(b => b.Client)], c.Summary, c.Reasons))],
            analyzer.ClientsByServer(smb1),
            report.Input.Problems,
            ProblemDetails(report.Input.Read));
    }

    /// <summary>The files and records the problems speak of, by place: the first few, then how many more.</summary>
    private static IReadOnlyList<string> ProblemDetails(ReadReport read)
    {
        ReadProblemKind[] kinds = [ReadProblemKind.UnreadableFile, ReadProblemKind.NotAnEventFile, ReadProblemKind.MalformedRecord, ReadProblemKind.TruncatedFile];
        var problems = read.Problems.Where(p => kinds.Contains(p.Kind)).ToList();
        var details = problems.Take(MaxProblemDetails).Select(p => p.ToString()).ToList();
        if (problems.Count > details.Count)
        {
            details.Add($"and {problems.Count - details.Count} more");
        }

        if (read.ProblemsNotListed > 0)
        {
            details.Add($"{read.ProblemsNotListed} further problem(s) were counted but not listed");
        }

        return details;
    }
}
