using System.Globalization;
using SmbPolicyCompiler.Emit;

namespace SmbPolicyCompiler.Benchmarks;

/// <summary>
/// Passes each file on, and prints (on stderr) the file after which the process's peak memory has grown by 16 MB or
/// more since the last line: which back end makes compile's peak (set SMBPOL_SCALE_TRACE to use it in a child run).
/// </summary>
public sealed class PeakTracingSink(IGeneratedFileSink inner, TextWriter writer) : IGeneratedFileSink
{
    private double _lastPeak = Measure.PeakMegabytes();

    public void Add(GeneratedFile file)
    {
        inner.Add(file);
        var peak = Measure.PeakMegabytes();
        if (peak - _lastPeak >= 16)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    peak {peak,6:F0} MB (+{peak - _lastPeak:F0}) after {file.RelativePath} ({file.Content.Length / 1048576.0:F1} MB), heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB"));
            _lastPeak = peak;
        }
    }
}
