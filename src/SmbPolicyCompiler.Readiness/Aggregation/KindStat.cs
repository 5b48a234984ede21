namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>How many events of one kind, and the first and last time (ticks; <see cref="Times.None"/> when no event had a time).</summary>
internal struct KindStat
{
    public int Kind;
    public long Count;
    public long FirstTicks;
    public long LastTicks;
}
