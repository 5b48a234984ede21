using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness;

/// <summary>Per ring and control: the verdict, the clients that would break and a one-line summary.</summary>
public sealed record PlanVerdict(string Ring, string Control, Verdict State, IReadOnlyList<string> BlockingClients, string Summary);
