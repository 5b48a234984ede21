namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>The daily alert threshold used for the servers of one ring.</summary>
public sealed record RingThreshold(string Ring, int Threshold);
