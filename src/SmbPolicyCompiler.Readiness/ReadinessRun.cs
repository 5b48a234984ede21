using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness;

/// <summary>Reads event exports and builds the readiness report in one streaming pass.</summary>
public static class ReadinessRun
{
    /// <summary>How many events pass between two progress reports.</summary>
    public const int ProgressInterval = 16 * 1024;

    /// <summary>
    /// Reads the files and folders in <paramref name="eventPaths"/> (bad files are reported, never fatal) and judges the
    /// policy's rings. <paramref name="progress"/>, when given, is called every <see cref="ProgressInterval"/> events
    /// and once at the end, on the calling thread.
    /// </summary>
    public static ReadinessReport Run(
        ResolvedPolicy policy,
        DateOnly asOf,
        IReadOnlyList<string> eventPaths,
        ReadinessOptions? options = null,
        Action<ReadinessProgress>? progress = null)
    {
        options ??= ReadinessOptions.Default;
        var analyzer = new ReadinessAnalyzer(policy, asOf, options);
        var input = new ReadinessInput(options.Events);
        var tracker = progress is null ? null : new ProgressTracker(eventPaths, input.Events, progress);
        long added = 0;
        input.Feed(analyzer, eventPaths, tracker is null ? null : () =>
        {
            if (++added % ProgressInterval == 0)
            {
                tracker.Report(analyzer.Events, done: false);
            }
        });

        tracker?.Report(analyzer.Events, done: true);
        return analyzer.Build(input.Report);
    }

    private sealed class ProgressTracker
    {
        private readonly AuditEventReader _reader;
        private readonly Action<ReadinessProgress> _progress;
        private readonly Dictionary<string, (int Number, long Before, long Size)> _files = new(StringComparer.Ordinal);
        private readonly long _total;

        public ProgressTracker(IReadOnlyList<string> paths, AuditEventReader reader, Action<ReadinessProgress> progress)
        {
            _reader = reader;
            _progress = progress;
            var files = EventInputs.Find(paths).Files;
            foreach (var file in files)
            {
                var size = new FileInfo(file).Length;
                _files.TryAdd(file, (_files.Count + 1, _total, size));
                _total += size;
            }
        }

        public void Report(long events, bool done)
        {
            var position = _reader.Position;
            if (done)
            {
                _progress(new ReadinessProgress(position.File ?? string.Empty, _files.Count, _files.Count, _total, _total, events));
                return;
            }

            var (number, before, size) = position.File is { } file && _files.TryGetValue(file, out var known) ? known : (0, 0L, 0L);
            _progress(new ReadinessProgress(position.File ?? string.Empty, number, _files.Count, before + Math.Min(position.Offset, size), _total, events));
        }
    }
}
