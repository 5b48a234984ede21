namespace SmbPolicyCompiler.Readiness.Aggregation;

/// <summary>The events between one client and one server, per kind. A link usually sees one or two kinds, so the stats are a short array.</summary>
internal sealed class LinkTally
{
    private KindStat[] _stats = new KindStat[2];
    private int _count;

    public ReadOnlySpan<KindStat> Stats => _stats.AsSpan(0, _count);

    public void Add(int kind, long ticks)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_stats[i].Kind == kind)
            {
                ref var stat = ref _stats[i];
                stat.Count++;
                Times.Widen(ref stat.FirstTicks, ref stat.LastTicks, ticks);
                return;
            }
        }

        if (_count == _stats.Length)
        {
            Array.Resize(ref _stats, _count * 2);
        }

        _stats[_count++] = new KindStat { Kind = kind, Count = 1, FirstTicks = ticks, LastTicks = ticks };
    }

    public long Count(int kind)
    {
        foreach (var stat in Stats)
        {
            if (stat.Kind == kind)
            {
                return stat.Count;
            }
        }

        return 0;
    }
}
