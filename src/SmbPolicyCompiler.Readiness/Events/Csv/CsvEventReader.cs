using System.Diagnostics.CodeAnalysis;
using SmbPolicyCompiler.Formats.Csv;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Reads CSV event exports: an optional "#TYPE" first line (Windows PowerShell 5.1), a header whose delimiter is
/// sniffed (comma, semicolon or tab), then one record per row; columns are mapped by header name
/// (<see cref="CsvColumnPlan"/>). Export-Csv keeps event data only in the Message column, which is then read by
/// its labels as a last resort.
/// </summary>
internal sealed class CsvEventReader : IEventRecordReader
{
    private readonly TextReader _input;
    private readonly ReadContext _context;
    private readonly CsvRecordReader _csv;
    private readonly EventRecordBuilder _builder;
    private readonly TimeInterpreter _times;
    private readonly List<string> _fields = [];
    private CsvColumnPlan? _plan;
    private bool _done;
    private long _record;

    public CsvEventReader(TextReader input, ReadContext context)
    {
        _input = input;
        _context = context;
        _csv = new CsvRecordReader(input, context.Options.MaxFieldChars);
        _builder = new EventRecordBuilder(context);
        _times = new TimeInterpreter(context.Options);
    }

    public bool TryRead([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        if (_done || (_plan is null && !ReadHeader()))
        {
            _done = true;
            return false;
        }

        while (true)
        {
            var line = _csv.Line;
            if (!_csv.TryReadRecord(_fields, _context.Pool))
            {
                _done = true;
                return false;
            }

            if (_fields.Count == 1 && _fields[0].Length == 0)
            {
                continue;
            }

            _record++;
            if (_csv.UnterminatedQuote)
            {
                _context.Problem(ReadProblemKind.TruncatedFile, line,
                    $"the file ends inside a quoted field of the record that starts here (truncated export?); the {_record - 1} records before it were kept.");
                _done = true;
                return false;
            }

            record = Map(new EventLocation(_context.File, line, _record));
            if (record is not null)
            {
                return true;
            }
        }
    }

    public string? NotEventReason { get; private set; }

    public void Dispose() => _input.Dispose();

    private bool ReadHeader()
    {
        var line = _csv.ReadLine();
        if (line is not null && CsvTypeLine.Is(line))
        {
            line = _csv.ReadLine();
        }

        if (line is null)
        {
            return false;
        }

        _csv.Delimiter = SniffDelimiter(line);
        var header = SplitHeader(line, _csv.Delimiter);
        _plan = CsvColumnPlan.Create(header, _context.Options.CsvColumns);
        if (!_plan.HasEventId)
        {
            NotEventReason = "the CSV has no event id column (Id, EventID, EventCode, winlog.event_id); name one with a column map, e.g. \"EventNumber=Id\"";
            return false;
        }

        return true;
    }

    private AuditEvent? Map(EventLocation location)
    {
        var plan = _plan!;
        _builder.Reset();
        if (_fields.Count != plan.Targets.Length)
        {
            _builder.Fail($"it has {_fields.Count} columns where the header has {plan.Targets.Length}");
            return _builder.Build(location);
        }

        if (_csv.FieldTruncated)
        {
            _context.Problem(ReadProblemKind.FieldTooLong, location.Line,
                $"a value is longer than {_context.Options.MaxFieldChars} characters; it was cut to that length.");
        }

        for (var i = 0; i < _fields.Count; i++)
        {
            var value = _fields[i];
            if (value.Length > 0)
            {
                Apply(plan.Targets[i], plan.FieldNames[i], value, location);
            }
        }

        return _builder.Build(location);
    }

    private void Apply(CsvTarget target, string fieldName, string value, EventLocation location)
    {
        switch (target)
        {
            case CsvTarget.Field:
                _builder.AddField(_context.Pool.Get(fieldName), value);
                break;
            case CsvTarget.EventId:
                _builder.SetEventId(value);
                break;
            case CsvTarget.Version:
                _builder.SetVersion(value);
                break;
            case CsvTarget.RecordId:
                _builder.SetRecordId(value);
                break;
            case CsvTarget.Computer:
                _builder.Computer = value;
                break;
            case CsvTarget.Channel:
                _builder.Channel = value;
                break;
            case CsvTarget.Provider:
                _builder.Provider = value;
                break;
            case CsvTarget.Message:
                _builder.Message = value;
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

    private static char SniffDelimiter(string header)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            quoted ^= c == '"';
            if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static List<string> SplitHeader(string line, char delimiter)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
