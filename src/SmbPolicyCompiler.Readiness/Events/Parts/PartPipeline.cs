using System.Collections.Concurrent;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Reads parts on worker threads (one per core), starting them in order and never more than one part ahead of the
/// workers, and gives them back in order: the reader consumes part n while parts n+1.. are parsed. Memory is bounded by
/// the parts in flight (each holds at most a few batches), whatever the size of the input.
/// </summary>
internal sealed class PartPipeline : IDisposable
{
    private readonly IEnumerator<ReadPart> _parts;
    private readonly EventReadOptions _options;
    private readonly object _gate = new();
    private readonly BlockingCollection<PartRead> _started = new();
    private readonly SemaphoreSlim _window;
    private readonly CancellationTokenSource _stop = new();
    private readonly BatchPool _batches = new();
    private readonly Thread[] _workers;
    private int _running;

    public PartPipeline(IEnumerable<ReadPart> parts, EventReadOptions options)
    {
        _parts = parts.GetEnumerator();
        _options = options;
        var workers = Math.Max(1, options.Workers);
        _window = new SemaphoreSlim(workers + 1);
        _running = workers;
        _workers = [.. Enumerable.Range(0, workers).Select(i => new Thread(Work) { IsBackground = true, Name = $"smbpol-read-{i}" })];
        foreach (var worker in _workers)
        {
            worker.Start();
        }
    }

    /// <summary>The parts in the order given, each as soon as a worker has started it.</summary>
    public IEnumerable<PartRead> InOrder()
    {
        foreach (var read in _started.GetConsumingEnumerable())
        {
            yield return read;
            _window.Release();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _stop.Dispose();
        _window.Dispose();
        _started.Dispose();
    }

    private void Work()
    {
        try
        {
            while (true)
            {
                _window.Wait(_stop.Token);
                PartRead read;
                lock (_gate)
                {
                    if (!_parts.MoveNext())
                    {
                        return;
                    }

                    read = new PartRead(_parts.Current, _options, _batches);
                    _started.Add(read);
                }

                read.Run(_stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            if (Interlocked.Decrement(ref _running) == 0)
            {
                _started.CompleteAdding();
            }
        }
    }
}
