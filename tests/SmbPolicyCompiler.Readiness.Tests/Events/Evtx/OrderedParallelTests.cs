using SmbPolicyCompiler.Readiness.Events.Evtx;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Map_UnevenWork_YieldsEveryResultInInputOrder(int degree)
    {
        var threads = new HashSet<int>();
        var results = OrderedParallel.Map(Enumerable.Range(0, 2000), i =>
        {
            lock (threads)
            {
                threads.Add(Environment.CurrentManagedThreadId);
            }

            Thread.SpinWait((i * 7919 % 13) * 200);
            return i * 2;
        }, degree).ToList();

        results.Should().Equal(Enumerable.Range(0, 2000).Select(i => i * 2));
        threads.Count.Should().BeLessThanOrEqualTo(degree, "no more threads map than the degree asks for");
    }

    [Fact]
    public void Map_ItemThrows_RethrowsThatExceptionInOrder()
    {
        var seen = new List<int>();
        var act = () =>
        {
            foreach (var result in OrderedParallel.Map(Enumerable.Range(0, 100), i => i == 37 ? throw new InvalidOperationException("item 37") : i, 3))
            {
                seen.Add(result);
            }
        };

        act.Should().Throw<InvalidOperationException>().WithMessage("item 37");
        seen.Should().Equal(Enumerable.Range(0, 37));
    }

    [Fact]
    public void Map_StoppedEarly_WaitsForItemsStillBeingMapped()
    {
        var running = 0;
        foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 100), i =>
        {
            Interlocked.Increment(ref running);
            Thread.Sleep(i == 0 ? 0 : 20);
            Interlocked.Decrement(ref running);
            return i;
        }, 3))
        {
            break;
        }

        Volatile.Read(ref running).Should().Be(0, "nothing may still use what the items lend once the enumeration is over");
    }
    [Fact]
    public void Map_WorkerMapsTheNextItem_CallerMapsALaterOneMeanwhile()
    {
        // Item 0 finishes only once item 1 is mapped. The source is slow after item 0, so the worker claims item 0
        // first; only a caller that maps later items while it waits lets item 1 run before item 0's time runs out.
        using var secondMapped = new ManualResetEventSlim();
        var results = OrderedParallel.Map(SlowAfterFirst(), i =>
        {
            if (i == 0 && !secondMapped.Wait(TimeSpan.FromSeconds(5)))
            {
                throw new TimeoutException("item 1 was not mapped while a worker mapped item 0: the caller only waited");
            }

            if (i == 1)
            {
                secondMapped.Set();
            }

            return i;
        }, 2).ToList();

        results.Should().Equal(0, 1);

        static IEnumerable<int> SlowAfterFirst()
        {
            yield return 0;
            Thread.Sleep(200);
            yield return 1;
        }
    }
}
