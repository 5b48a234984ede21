namespace SmbPolicyCompiler.Drift.Model;

/// <summary>One host's overall status: drifted if any setting drifted, else unknown if any could not be read, else compliant.</summary>
public sealed record HostResult(string Host, string? Ring, string Group, DriftStatus Status);
