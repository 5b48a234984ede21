namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>How many events of one id.</summary>
public sealed record KindCount(int EventId, long Count);
