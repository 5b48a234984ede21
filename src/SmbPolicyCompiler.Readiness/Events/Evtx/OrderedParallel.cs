using System.Runtime.ExceptionServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Maps items on <c>degree</c> threads — the caller's and <c>degree − 1</c> workers of our own — and yields the results
/// in input order; at most <c>2 × degree</c> items are in flight, so the memory held is bounded whatever the input size.
/// The caller does not wait idle: when the next result in order has not been started, it maps that item itself, and
/// while a worker maps it, the caller maps later items nobody has started. With
/// degree 1 everything runs on the caller's thread. (Tasks on the thread pool cost more CPU on two cores than one:
/// a handoff per item, spinning waits, and the caller only waiting.)
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int degree)
    {
        if (degree <= 1)
        {
            foreach (var item in source)
            {
                yield return map(item);
            }

            yield break;
        }

        var window = new Queue<Slot<TIn, TOut>>();
        using var items = source.GetEnumerator();
        using var workers = new Workers<TIn, TOut>(map, degree - 1);
        try
        {
            while (true)
            {
                while (window.Count < degree * 2 && items.MoveNext())
                {
                    var slot = new Slot<TIn, TOut>(items.Current);
                    window.Enqueue(slot);
                    workers.Add(slot);
                }

                if (window.Count == 0)
                {
                    yield break;
                }

                var next = window.Dequeue();
                if (next.TryClaim())
                {
                    next.Run(map);
                }
                else
                {
                    HelpUntilDone(next, window, map);
                }

                yield return next.Result();
            }
        }
        finally
        {
            // Stopped early: no worker may still be using what the items lend (pooled buffers) once we return.
            while (window.Count > 0)
            {
                var slot = window.Dequeue();
                if (!slot.TryClaim())
                {
                    slot.WaitDone();
                }
            }
        }
    }

    /// <summary>
    /// While a worker maps the item the caller needs next, the caller maps the later items nobody has claimed yet,
    /// instead of waiting idle (waiting made the two threads take turns).
    /// </summary>
    private static void HelpUntilDone<TIn, TOut>(Slot<TIn, TOut> awaited, Queue<Slot<TIn, TOut>> window, Func<TIn, TOut> map)
    {
        foreach (var slot in window)
        {
            if (awaited.IsDone)
            {
                return;
            }

            if (slot.TryClaim())
            {
                slot.Run(map);
            }
        }
    }

    /// <summary>One item: whoever claims it first (a worker or the caller) maps it; the caller takes the result.</summary>
    private sealed class Slot<TIn, TOut>(TIn item)
    {
        private const int Waiting = 0;
        private const int Claimed = 1;
        private int _state;
        private bool _done;
        private TOut? _result;
        private ExceptionDispatchInfo? _error;

        public bool IsDone => Volatile.Read(ref _done);

        public bool TryClaim() => Interlocked.CompareExchange(ref _state, Claimed, Waiting) == Waiting;

        public void Run(Func<TIn, TOut> map)
        {
            TOut? result = default;
            ExceptionDispatchInfo? error = null;
            try
            {
                result = map(item);
            }
            catch (Exception e)
            {
                error = ExceptionDispatchInfo.Capture(e);
            }

            lock (this)
            {
                (_result, _error, _done) = (result, error, true);
                Monitor.Pulse(this);
            }
        }

        public TOut Result()
        {
            WaitDone();
            _error?.Throw();
            return _result!;
        }

        public void WaitDone()
        {
            lock (this)
            {
                while (!_done)
                {
                    Monitor.Wait(this);
                }
            }
        }
    }

    /// <summary>Worker threads taking slots in order; a slot the caller has claimed already is passed over.</summary>
    private sealed class Workers<TIn, TOut> : IDisposable
    {
        private readonly Queue<Slot<TIn, TOut>> _queue = new();
        private readonly Func<TIn, TOut> _map;
        private bool _stopped;

        public Workers(Func<TIn, TOut> map, int count)
        {
            _map = map;
            for (var i = 0; i < count; i++)
            {
                new Thread(Work) { IsBackground = true, Name = "evtx chunk decoder" }.Start();
            }
        }

        public void Add(Slot<TIn, TOut> slot)
        {
            lock (_queue)
            {
                _queue.Enqueue(slot);
                Monitor.Pulse(_queue);
            }
        }

        public void Dispose()
        {
            lock (_queue)
            {
                _stopped = true;
                _queue.Clear();
                Monitor.PulseAll(_queue);
            }
        }

        private void Work()
        {
            while (Take() is { } slot)
            {
                if (slot.TryClaim())
                {
                    slot.Run(_map);
                }
            }
        }

        private Slot<TIn, TOut>? Take()
        {
            lock (_queue)
            {
                while (_queue.Count == 0 && !_stopped)
                {
                    Monitor.Wait(_queue);
                }

                return _stopped ? null : _queue.Dequeue();
            }
        }
    }
}
