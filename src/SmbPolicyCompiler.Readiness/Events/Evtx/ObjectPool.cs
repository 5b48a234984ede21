namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>A small thread-safe pool: per-thread decoders and per-chunk results are reused instead of reallocated.</summary>
internal sealed class ObjectPool<T>(Func<T> create)
    where T : class
{
    private readonly Stack<T> _items = new();

    public T Rent()
    {
        lock (_items)
        {
            if (_items.Count > 0)
            {
                return _items.Pop();
            }
        }

        return create();
    }

    public void Return(T item)
    {
        lock (_items)
        {
            _items.Push(item);
        }
    }
}
