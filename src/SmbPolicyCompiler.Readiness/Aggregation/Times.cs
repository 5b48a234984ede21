namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>First/last-seen bookkeeping in ticks, with a sentinel for "no time yet" so tallies stay unboxed.</summary>
internal static class Times
{
    public const long None = long.MinValue;

    public static void Widen(ref long first, ref long last, long ticks)
    {
        if (ticks == None)
        {
            return;
        }

        if (first == None || ticks < first)
        {
            first = ticks;
        }

        if (last == None || ticks > last)
        {
            last = ticks;
        }
    }

    public static DateTime? ToUtc(long ticks) => ticks == None ? null : new DateTime(ticks, DateTimeKind.Utc);

    public static DateOnly? Day(long ticks) => ticks == None ? null : DateOnly.FromDateTime(new DateTime(ticks, DateTimeKind.Utc));
}
