namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>How many events on one UTC day.</summary>
public sealed record DayCount(DateOnly Day, long Events);
