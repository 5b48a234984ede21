using System.Globalization;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>The text of readiness' bar in the one progress display: the file being read, megabytes, events and speed.</summary>
internal static class ReadinessProgressText
{
    public const string Bar = "events";

    public static string Describe(ReadinessProgress progress, TimeSpan elapsed)
    {
        var megabytes = progress.BytesRead / 1e6;
        var rate = megabytes / Math.Max(elapsed.TotalSeconds, 0.001);
        var done = progress.BytesRead >= progress.TotalBytes && progress.FileNumber == progress.Files;
        return done
            ? string.Create(CultureInfo.InvariantCulture, $"read {progress.Files} file(s): {progress.TotalBytes / 1e6:N0} MB, {progress.Events:N0} events, {rate:N0} MB/s")
            : string.Create(CultureInfo.InvariantCulture,
                $"reading {SafeText.Clean(Path.GetFileName(progress.File), 60)} (file {progress.FileNumber} of {progress.Files}): {megabytes:N0} of {progress.TotalBytes / 1e6:N0} MB, {progress.Events:N0} events, {rate:N0} MB/s");
    }
}
