namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Maps items on the thread pool, at most <c>2 × degree</c> in flight, and yields the results in input order: the
/// memory held is bounded by that window whatever the input size. With degree 1 everything runs on the caller's thread.
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

        var window = new Queue<Task<TOut>>();
        using var items = source.GetEnumerator();
        try
        {
            while (true)
            {
                while (window.Count < degree * 2 && items.MoveNext())
                {
                    var item = items.Current;
                    window.Enqueue(Task.Run(() => map(item)));
                }

                if (window.Count == 0)
                {
                    yield break;
                }

                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            while (window.Count > 0)
            {
                window.Dequeue().Wait();
            }
        }
    }
}
