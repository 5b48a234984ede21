using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness;

/// <summary>
/// Per ring and control: the verdict, the clients that would break, a one-line summary and the reasons for the verdict
/// (which, unlike the summary, do not name the clients).
/// </summary>
public sealed record PlanVerdict(string Ring, string Control, Verdict State, IReadOnlyList<string> BlockingClients, string Summary, IReadOnlyList<string> Reasons);
