using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Model;

/// <summary>
/// Registry keys a source captured, with their values. A key that is captured but lacks a value means "absent" —
/// which is not the same as a key the source never looked at. A captured tree (a <c>reg export</c> of a parent key)
/// covers every key below it: a subkey missing from the export does not exist.
/// </summary>
public sealed class ObservedRegistry
{
    private readonly Dictionary<string, Dictionary<string, ObservedValue>> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _trees = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a key as captured (with no values yet); the key path may carry a hive prefix.</summary>
    public void AddKey(string key) => Values(key);

    /// <summary>Records a key and everything below it as captured, as a <c>reg export</c> of that key does.</summary>
    public void AddTree(string key)
    {
        Values(key);
        _trees.Add(RegistryLocation.Normalize(key));
    }

    public void Add(string key, string valueName, ObservedValue value) => Values(key)[valueName] = value;

    public bool Captured(string key)
    {
        var normalized = RegistryLocation.Normalize(key);
        if (_keys.ContainsKey(normalized))
        {
            return true;
        }

        for (var cut = normalized.LastIndexOf('\\'); cut > 0; cut = normalized.LastIndexOf('\\', cut - 1))
        {
            if (_trees.Contains(normalized[..cut]))
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerable<string> Keys => _keys.Keys;

    public bool IsEmpty => _keys.Count == 0;

    /// <summary>The value, or null when it is absent from a captured key (or the key was not captured).</summary>
    public ObservedValue? Find(RegistryLocation location) =>
        _keys.TryGetValue(RegistryLocation.Normalize(location.Key), out var values) ? values.GetValueOrDefault(location.ValueName) : null;

    private Dictionary<string, ObservedValue> Values(string key)
    {
        var normalized = RegistryLocation.Normalize(key);
        if (!_keys.TryGetValue(normalized, out var values))
        {
            _keys[normalized] = values = new Dictionary<string, ObservedValue>(StringComparer.OrdinalIgnoreCase);
        }

        return values;
    }
}
