using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Recognises records seen before across overlapping exports by (computer, channel, EventRecordID). Memory grows
/// with the distinct keys (see <see cref="RecordIdSet"/>), not with the bytes read. Limit: a cleared log restarts
/// its record ids, so two exports from either side of a clear would wrongly collapse; such exports should be read
/// in separate runs.
/// </summary>
internal sealed class DuplicateFilter
{
    private readonly Dictionary<(string Computer, string Channel), RecordIdSet> _sets = new(KeyComparer.Instance);
    private string? _lastComputer;
    private string? _lastChannel;
    private RecordIdSet? _lastSet;

    /// <param name="computer">The record's computer.</param>
    /// <param name="id">Its EventRecordID; negative when it has none.</param>
    /// <param name="channel">The channel it counts under.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DuplicateCheck Check(string computer, long id, string channel)
    {
        if (id < 0 || computer.Length == 0)
        {
            return DuplicateCheck.NotDeduplicable;
        }

        if (!ReferenceEquals(computer, _lastComputer) || !ReferenceEquals(channel, _lastChannel) || _lastSet is null)
        {
            var key = (computer, channel);
            if (!_sets.TryGetValue(key, out var set))
            {
                set = new RecordIdSet();
                _sets.Add(key, set);
            }

            (_lastComputer, _lastChannel, _lastSet) = (computer, channel, set);
        }

        return _lastSet.Add(id) ? DuplicateCheck.New : DuplicateCheck.Duplicate;
    }

    private sealed class KeyComparer : IEqualityComparer<(string Computer, string Channel)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Computer, string Channel) x, (string Computer, string Channel) y) =>
            string.Equals(x.Computer, y.Computer, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(x.Channel, y.Channel, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Computer, string Channel) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Computer), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Channel));
    }
}
