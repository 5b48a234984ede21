using System.Collections.Concurrent;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The batch arrays of one run: the in-order thread hands each back once it has taken its events, and a worker fills it
/// again, so a run allocates a few dozen arrays instead of one per batch. A returned array is cleared first, so that
/// it keeps no record alive.
/// </summary>
internal sealed class BatchPool
{
    /// <summary>Events per batch: 512 keeps an array (88-byte events) under the large-object threshold.</summary>
    public const int BatchSize = 512;

    private readonly ConcurrentQueue<PreparedEvent[]> _free = new();

    public PreparedEvent[] Rent() => _free.TryDequeue(out var batch) ? batch : new PreparedEvent[BatchSize];

    public void Return(ArraySegment<PreparedEvent> batch)
    {
        batch.AsSpan().Clear();
        _free.Enqueue(batch.Array!);
    }
}
