using System.Globalization;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness;
using SmbPolicyCompiler.Readiness.Output;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>
/// A one-line progress display on stderr for big inputs: it appears only on a terminal, only after the first half
/// second (small inputs finish before), updates at most four times a second and is erased at the end.
/// </summary>
public sealed class ReadinessProgressDisplay(TextWriter error, TimeProvider? time = null)
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly long _start = (time ?? TimeProvider.System).GetTimestamp();
    private TimeSpan _last = TimeSpan.Zero;
    private int _width;

    public void Report(ReadinessProgress progress)
    {
        var now = _time.GetElapsedTime(_start);
        var done = progress.BytesRead >= progress.TotalBytes && progress.FileNumber == progress.Files;
        if (done)
        {
            Clear();
            return;
        }

        if (now < Delay || now - _last < Interval)
        {
            return;
        }

        _last = now;
        var megabytes = progress.BytesRead / 1e6;
        var rate = megabytes / Math.Max(now.TotalSeconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"reading {SafeText.Clean(Path.GetFileName(progress.File), 60)} (file {progress.FileNumber} of {progress.Files}): {progress.Fraction * 100:0}%, {megabytes:N0} of {progress.TotalBytes / 1e6:N0} MB, {progress.Events:N0} events, {rate:N0} MB/s");
        _width = Math.Max(_width, line.Length);
        error.Write("\r" + line.PadRight(_width));
        error.Flush();
    }

    private void Clear()
    {
        if (_width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
            _width = 0;
        }
    }
}
