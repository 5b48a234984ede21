using SmbPolicyCompiler.Formats.Csv;

namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>A readiness aggregate as CSV (Sentinel's and Splunk's exports, outputcsv): a header naming the columns, one row per line.</summary>
internal sealed class CsvAggregateReader : IAggregateRows
{
    private readonly CsvTable? _table;
    private readonly AggregateColumn?[] _columns = [];

    public CsvAggregateReader(TextReader text, string file)
    {
        _table = CsvTable.Open(text, file);
        if (_table is null)
        {
            return;
        }

        _columns = [.. _table.Header.Select(h => AggregateColumns.Find(h))];
        var missing = AggregateColumns.Required.Where(c => !_columns.Contains(c)).Select(AggregateColumns.NameOf).ToList();
        NotAggregateReason = missing.Count == 0 ? null : $"the aggregate's header lacks {string.Join(", ", missing)}";
    }

    public string? NotAggregateReason { get; }

    public long Position => _table?.Line ?? 0;

    public bool TryRead(AggregateRowBuilder builder, out AggregateRow row, out string? error, out (int Id, long Count)? unknown)
    {
        row = default;
        error = null;
        unknown = null;
        if (_table is null || NotAggregateReason is not null || !_table.Read())
        {
            return false;
        }

        var cells = default(AggregateCells);
        var count = Math.Min(_table.Count, _columns.Length);
        for (var i = 0; i < count; i++)
        {
            if (_columns[i] is { } column)
            {
                cells.Set(column, _table[i]);
            }
        }

        if (_table.Count < _columns.Length)
        {
            error = $"the row has {_table.Count} fields, the header {_columns.Length}";
            return true;
        }

        if (_table.EndsInsideQuotes)
        {
            error = "the row ends inside quotes (the file is cut short)";
            return true;
        }

        if (builder.Build(cells, out error, out unknown) is { } built)
        {
            row = built;
        }

        return true;
    }

    public void Dispose() => _table?.Dispose();
}
