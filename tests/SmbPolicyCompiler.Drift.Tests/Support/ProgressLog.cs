using SmbPolicyCompiler.Drift.Sources;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Keeps every progress report, in order, as it is made (no synchronisation context in between).</summary>
internal sealed class ProgressLog(List<SourceProgress> reports) : IProgress<SourceProgress>
{
    public void Report(SourceProgress value)
    {
        lock (reports)
        {
            reports.Add(value);
        }
    }
}
