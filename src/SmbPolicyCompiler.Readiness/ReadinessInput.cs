using SmbPolicyCompiler.Formats.Input;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Events.Aggregate;

namespace SmbPolicyCompiler.Readiness;

/// <summary>
/// Feeds a <see cref="ReadinessAnalyzer"/> from event paths that may hold raw event exports and SIEM readiness
/// aggregates side by side: each file's format is detected (<see cref="FormatSniffer"/>, the one place); aggregates are
/// read here row by row, everything else by one <see cref="AuditEventReader"/>. The read report covers both.
/// </summary>
internal sealed class ReadinessInput
{
    private readonly EventReadOptions _options;
    private readonly AggregateReport _aggregates;
    private readonly AggregateRowBuilder _rows = new(new AggregateNames());

    public ReadinessInput(EventReadOptions options)
    {
        _options = options;
        _aggregates = new AggregateReport(options.MaxProblemsListed);
        Events = new AuditEventReader(options);
    }

    /// <summary>The reader of the raw event files (its position drives progress displays).</summary>
    public AuditEventReader Events { get; }

    /// <summary>What was read, complete once <see cref="Feed"/> has returned.</summary>
    public ReadReport Report => _aggregates.MergeInto(Events.Report);

    /// <summary>
    /// Adds every event and aggregate row of <paramref name="paths"/> to <paramref name="analyzer"/>;
    /// <paramref name="added"/> is called after each (with the analyzer's event count), on this thread.
    /// </summary>
    public void Feed(ReadinessAnalyzer analyzer, IReadOnlyList<string> paths, Action? added = null)
    {
        var (aggregates, events) = Split(paths);
        foreach (var file in aggregates)
        {
            ReadAggregate(analyzer, file, added);
        }

        if (events.Count == 0 && aggregates.Count > 0)
        {
            return;
        }

        foreach (var e in Events.ReadAudit(events))
        {
            analyzer.Add(e);
            added?.Invoke();
        }
    }

    /// <summary>The aggregate files, and the paths left for the event reader (folders that hold no aggregate stay folders, so it reports what it finds in them).</summary>
    private (List<string> Aggregates, List<string> Events) Split(IReadOnlyList<string> paths)
    {
        if (_options.Format is not (EventInputFormat.Auto or EventInputFormat.ReadinessAggregate))
        {
            return ([], [.. paths]);
        }

        var found = InputFiles.Expand(paths);
        var aggregates = found.Files.Select(f => f.Path).Where(IsAggregate).ToList();
        if (aggregates.Count == 0)
        {
            return ([], [.. paths]);
        }

        var rest = found.Files.Select(f => f.Path).Except(aggregates, StringComparer.Ordinal).ToList();
        return (aggregates, [.. rest, .. found.Problems.Select(p => p.Path)]);
    }

    private bool IsAggregate(string path)
    {
        if (_options.Format == EventInputFormat.ReadinessAggregate)
        {
            return true;
        }

        try
        {
            using var input = InputOpener.Open(File.OpenRead(path), EventInputFormat.Auto);
            return input.Format == EventInputFormat.ReadinessAggregate;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return false;
        }
    }

    private void ReadAggregate(ReadinessAnalyzer analyzer, string file, Action? added)
    {
        OpenedInput input;
        try
        {
            input = InputOpener.Open(File.OpenRead(file), EventInputFormat.ReadinessAggregate);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            _aggregates.Problem(ReadProblemKind.UnreadableFile, file, 0, $"cannot be read: {error.Message}");
            _aggregates.AddFile(new FileReadSummary(file, EventInputFormat.ReadinessAggregate, false, 0, 0, 0, FileOutcome.Unreadable, error.Message));
            return;
        }

        using (input)
        {
            foreach (var row in new AggregateFileReader(file, _aggregates, _rows).Rows(input))
            {
                analyzer.Add(row);
                added?.Invoke();
            }
        }
    }
}
