using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using SmbPolicyCompiler.Formats.Csv;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Reads CSV event exports through the one CSV reader (<see cref="CsvTable"/>: an optional "#TYPE" first line, the
/// delimiter found in the header, one record per row); columns are mapped by header name (<see cref="CsvColumnPlan"/>).
/// Export-Csv keeps event data only in the Message column, which is then read by its labels as a last resort.
/// </summary>
internal sealed class CsvEventReader : IEventRecordReader
{
    private readonly TextReader _input;
    private readonly ReadContext _context;
    private readonly EventRecordBuilder _builder;
    private readonly TimeInterpreter _times;
    private CsvTable? _csv;
    private CsvColumnPlan? _plan;
    private string[] _fieldNames = [];
    private RecentStrings? _recent;
    private bool _done;
    private long _record;

    public CsvEventReader(TextReader input, ReadContext context)
    {
        _input = input;
        _context = context;
        _builder = new EventRecordBuilder(context);
        _times = new TimeInterpreter(context.Options);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        if (_done || (_plan is null && !ReadHeader()))
        {
            _done = true;
            return false;
        }

        var csv = _csv!;
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    _done = true;
                    return false;
                }
            }
            catch (CsvFormatException error)
            {
                _context.Problem(ReadProblemKind.TruncatedFile, error.Line, $"{error.Problem} The {_record} records before it were kept.");
                _done = true;
                return false;
            }

            _record++;
            if (csv.EndsInsideQuotes)
            {
                _context.Problem(ReadProblemKind.TruncatedFile, csv.Line,
                    $"the file ends inside a quoted field of the record that starts here (truncated export?); the {_record - 1} records before it were kept.");
                _done = true;
                return false;
            }

            record = Map(csv, new EventLocation(_context.File, csv.Line, _record));
            if (record is not null)
            {
                return true;
            }
        }
    }

    public string? NotEventReason { get; private set; }

    public long RecordsBegun => _record;

    public void Dispose()
    {
        _csv?.Dispose();
        _input.Dispose();
    }

    private bool ReadHeader()
    {
        try
        {
            _csv = CsvTable.Open(_input, _context.File);
        }
        catch (CsvFormatException error)
        {
            NotEventReason = error.Problem;
            return false;
        }

        if (_csv is null)
        {
            return false;
        }

        _plan = CsvColumnPlan.Create(_csv.Header, _context.Options.CsvColumns);
        _fieldNames = [.. _plan.FieldNames.Select(name => _context.Pool.Get(name))];
        _recent = new RecentStrings(_context.Pool, _plan.Targets.Length);
        if (!_plan.HasEventId)
        {
            NotEventReason = "the CSV has no event id column (Id, EventID, EventCode, winlog.event_id); name one with a column map, e.g. \"EventNumber=Id\"";
            return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AuditEvent? Map(CsvTable csv, EventLocation location)
    {
        var plan = _plan!;
        _builder.Reset();
        if (csv.Count != plan.Targets.Length)
        {
            _builder.Fail($"it has {csv.Count} columns where the header has {plan.Targets.Length}");
            return _builder.Build(location);
        }

        var max = _context.Options.MaxFieldChars;
        var truncated = false;
        for (var i = 0; i < plan.Targets.Length; i++)
        {
            if (plan.Targets[i] == CsvTarget.Ignore)
            {
                continue;
            }

            var value = csv[i];
            if (value.Length > max)
            {
                value = value[..max];
                truncated = true;
            }

            if (value.Length > 0)
            {
                Apply(plan.Targets[i], i, value, location);
            }
        }

        if (truncated)
        {
            _context.Problem(ReadProblemKind.FieldTooLong, location.Line, $"a value is longer than {max} characters; it was cut to that length.");
        }

        return _builder.Build(location);
    }

    /// <summary>Strings come from the column's last value when it repeats (one comparison), else from the pool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Apply(CsvTarget target, int column, ReadOnlySpan<char> value, EventLocation location)
    {
        var recent = _recent!;
        switch (target)
        {
            case CsvTarget.Field:
                _builder.AddField(_fieldNames[column], recent.Get(column, value));
                break;
            case CsvTarget.EventId:
                _builder.SetEventId(value);
                break;
            case CsvTarget.Version:
                _builder.SetVersion(value);
                break;
            case CsvTarget.Level:
                _builder.SetLevel(value);
                break;
            case CsvTarget.LevelName:
                _builder.SetLevelName(value);
                break;
            case CsvTarget.RecordId:
                _builder.SetRecordId(value);
                break;
            case CsvTarget.Computer:
                _builder.Computer = recent.Get(column, value);
                break;
            case CsvTarget.Channel:
                _builder.Channel = recent.Get(column, value);
                break;
            case CsvTarget.Provider:
                _builder.Provider = recent.Get(column, value);
                break;
            case CsvTarget.Message:
                _builder.Message = recent.Get(column, value);
                break;
            case CsvTarget.Time when _times.TryParse(value, allowCultureFormats: true, out var utc, out var lacked):
                _builder.SetTime(utc, lacked);
                break;
            case CsvTarget.Time:
                _context.Problem(ReadProblemKind.UnreadableTime, location.Line,
                    $"the time '{EventRecordBuilder.Shorten(value)}' matches no known date format; give the culture or the format. The event is kept without a time.");
                break;
        }
    }
}
