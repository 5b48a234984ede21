using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>
/// Checks one row's values and makes the <see cref="AggregateRow"/>: a known event id, a count of 1 or more, first and
/// last seen on the row's UTC day in that order. A row that fails says why, in words, for the read report.
/// </summary>
internal sealed class AggregateRowBuilder(AggregateNames names)
{
    /// <summary>The row, or null with <paramref name="error"/> set, or null with <paramref name="unknown"/> set (an id this version does not know, and its count).</summary>
    public AggregateRow? Build(in AggregateCells cells, out string? error, out (int Id, long Count)? unknown)
    {
        unknown = null;
        if (AggregateValues.EventId(cells.EventId, out error) is not { } id ||
            AggregateValues.Count(cells.Count, out error) is not { } count ||
            AggregateValues.Day(cells.Day, out error) is not { } day)
        {
            return null;
        }

        if (AggregateValues.Time(cells.FirstSeen, out var firstError) is not { } first)
        {
            error = "FirstSeen " + firstError;
            return null;
        }

        if (AggregateValues.Time(cells.LastSeen, out var lastError) is not { } last)
        {
            error = "LastSeen " + lastError;
            return null;
        }

        if (DateOnly.FromDateTime(first) != day || DateOnly.FromDateTime(last) != day || last < first)
        {
            error = $"FirstSeen {first:O} and LastSeen {last:O} must fall on Day {day:yyyy-MM-dd} (UTC), first before last";
            return null;
        }

        if (AuditEvents.Find(id) is not { } kind)
        {
            unknown = (id, count);
            return null;
        }

        return new AggregateRow(
            names.Get(cells.Server),
            names.Get(cells.Client),
            kind,
            count,
            first.Ticks,
            last.Ticks,
            AggregateValues.List(cells.Users),
            AggregateValues.List(cells.Spns));
    }
}

/// <summary>The text of one row's cells, by column; valid while the reader stays on the row.</summary>
internal ref struct AggregateCells
{
    public ReadOnlySpan<char> Server;
    public ReadOnlySpan<char> Client;
    public ReadOnlySpan<char> EventId;
    public ReadOnlySpan<char> Day;
    public ReadOnlySpan<char> Count;
    public ReadOnlySpan<char> FirstSeen;
    public ReadOnlySpan<char> LastSeen;
    public ReadOnlySpan<char> Users;
    public ReadOnlySpan<char> Spns;

    public void Set(AggregateColumn column, ReadOnlySpan<char> value)
    {
        switch (column)
        {
            case AggregateColumn.Server: Server = value; break;
            case AggregateColumn.Client: Client = value; break;
            case AggregateColumn.EventId: EventId = value; break;
            case AggregateColumn.Day: Day = value; break;
            case AggregateColumn.Count: Count = value; break;
            case AggregateColumn.FirstSeen: FirstSeen = value; break;
            case AggregateColumn.LastSeen: LastSeen = value; break;
            case AggregateColumn.Users: Users = value; break;
            case AggregateColumn.Spns: Spns = value; break;
        }
    }
}
