namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>
/// One UTC day of a control's burn-down: how many distinct clients logged evidence for it with the ring's hosts that
/// day, and whether the ring's reporting hosts sent any event that day (a day without events is a gap, not zero).
/// </summary>
public sealed record BurnDownDay(DateOnly Day, int Blocking, bool Reported);
