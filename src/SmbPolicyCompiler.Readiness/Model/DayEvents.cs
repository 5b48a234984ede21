namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>The events of one UTC day, per event id.</summary>
public sealed record DayEvents(DateOnly Day, IReadOnlyList<KindCount> ByKind)
{
    public long Total => ByKind.Sum(k => k.Count);
}
