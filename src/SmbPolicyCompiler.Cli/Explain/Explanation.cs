using SmbPolicyCompiler.Core.Binding;

namespace SmbPolicyCompiler.Cli.Explain;

/// <summary>The report of <c>smbpol explain</c>: a ring, group or host and the policy that decides what applies to it.</summary>
internal sealed record Explanation(ResolvedPolicy Policy, ExplainTarget Target);
