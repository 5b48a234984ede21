namespace SmbPolicyCompiler.Readiness.Aggregation;

internal static class Counts
{
    /// <summary>A day count plus more events, held at int.MaxValue rather than wrapping (an aggregate row may say anything).</summary>
    public static int Saturated(int total, long more) => (int)Math.Min(total + more, int.MaxValue);
}
