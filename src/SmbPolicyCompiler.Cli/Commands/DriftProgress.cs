using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Sources;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>A drift source's progress as a bar of the one display: hosts or files done, failures, and the hosts in flight by name.</summary>
internal sealed class DriftProgress(ProgressDisplay display) : IProgress<SourceProgress>
{
    private const int NamesShown = 3;

    public void Report(SourceProgress value) => display.Update(value.Source, Describe(value), value.Completed, value.Total);

    public static string Describe(SourceProgress value)
    {
        var text = $"{value.Source}: {value.Completed}/{value.Total}, {value.Failed} failed";
        if (value.InFlight is { Count: > 0 } inFlight)
        {
            return text + $", {inFlight.Count} in flight: " + NameList.Collapse(inFlight, NamesShown, n => SafeText.Clean(n, 40));
        }

        return value.Latest is { } latest ? text + ", last " + SafeText.Clean(latest, 60) : text;
    }
}
