using System.Runtime.InteropServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Recognises records seen before across overlapping exports by (computer, channel, EventRecordID). Memory grows
/// with the distinct keys (see <see cref="RecordIdSet"/>), not with the bytes read. Limit: a cleared log restarts
/// its record ids, so two exports from either side of a clear would wrongly collapse; such exports should be read
/// in separate runs.
/// </summary>
internal sealed class DuplicateFilter
{
    private readonly Dictionary<string, ComputerLogs> _computers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A computer's logs by name instance: a reader's string pool hands out one instance per distinct name, and the logs
    /// of an export interleave, so most records name an instance met before but not the previous record's.
    /// 8192 slots: a few thousand computers per export part (clients log SMBClient events) without many collisions.
    /// </summary>
    private readonly IdentityCache<string, ComputerLogs> _byInstance;

    public DuplicateFilter() => _byInstance = new(1 << 13, FindOrAdd);

    /// <param name="computer">The record's computer.</param>
    /// <param name="id">Its EventRecordID; negative when it has none.</param>
    /// <param name="channel">The channel it counts under.</param>
    public DuplicateCheck Check(string computer, long id, string channel)
    {
        if (id < 0 || computer.Length == 0)
        {
            return DuplicateCheck.NotDeduplicable;
        }

        return _byInstance.Get(computer).Ids(channel).Add(id) ? DuplicateCheck.New : DuplicateCheck.Duplicate;
    }

    private ComputerLogs FindOrAdd(string computer) =>
        CollectionsMarshal.GetValueRefOrAddDefault(_computers, computer, out _) ??= new ComputerLogs();

    /// <summary>The record ids of one computer per channel; the channel instance of the previous record is tried first.</summary>
    private sealed class ComputerLogs
    {
        private readonly Dictionary<string, RecordIdSet> _channels = new(StringComparer.OrdinalIgnoreCase);
        private string? _lastChannel;
        private RecordIdSet? _lastIds;

        public RecordIdSet Ids(string channel)
        {
            if (ReferenceEquals(channel, _lastChannel))
            {
                return _lastIds!;
            }

            var ids = CollectionsMarshal.GetValueRefOrAddDefault(_channels, channel, out _) ??= new RecordIdSet();
            (_lastChannel, _lastIds) = (channel, ids);
            return ids;
        }
    }
}
