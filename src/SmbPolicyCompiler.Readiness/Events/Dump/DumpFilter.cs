using System.Runtime.CompilerServices;
namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>Which records to write: any of the channels (ignoring case) and any of the event ids; empty means all.</summary>
public sealed record DumpFilter(IReadOnlyCollection<string> Channels, IReadOnlyCollection<int> EventIds)
{
    public static DumpFilter All { get; } = new([], []);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool Accepts(ReadOnlySpan<char> channel, int eventId)
    {
        if (EventIds.Count > 0 && !EventIds.Contains(eventId))
        {
            return false;
        }

        if (Channels.Count == 0)
        {
            return true;
        }

        foreach (var wanted in Channels)
        {
            if (channel.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
