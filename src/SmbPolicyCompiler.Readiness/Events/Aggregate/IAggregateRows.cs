namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>The rows of one aggregate file, one at a time.</summary>
internal interface IAggregateRows : IDisposable
{
    /// <summary>Set when the file turned out not to be an aggregate it can read (e.g. a required column is missing).</summary>
    string? NotAggregateReason { get; }

    /// <summary>Where the reader is, for messages: the line the row starts on (CSV, NDJSON) or the array element's number (JSON).</summary>
    long Position { get; }

    /// <summary>
    /// False at the end. True for every row read: with <paramref name="row"/> when it is usable, else with
    /// <paramref name="error"/> (why not) or <paramref name="unknown"/> (an event id this version does not know, with its count).
    /// </summary>
    bool TryRead(AggregateRowBuilder builder, out AggregateRow row, out string? error, out (int Id, long Count)? unknown);
}
