using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Model;

/// <summary>
/// Registry keys a source captured, with their values. A key that is captured but lacks a value means "absent" —
/// which is not the same as a key the source never looked at.
/// </summary>
public sealed class ObservedRegistry
{
    private readonly Dictionary<string, Dictionary<string, ObservedValue>> keys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a key as captured (with no values yet); the key path may carry a hive prefix.</summary>
    public void AddKey(string key) => Values(key);

    public void Add(string key, string valueName, ObservedValue value) => Values(key)[valueName] = value;

    public bool Captured(string key) => keys.ContainsKey(RegistryLocation.Normalize(key));

    public IEnumerable<string> Keys => keys.Keys;

    /// <summary>The value, or null when it is absent from a captured key (or the key was not captured).</summary>
    public ObservedValue? Find(RegistryLocation location) =>
        keys.TryGetValue(RegistryLocation.Normalize(location.Key), out var values) ? values.GetValueOrDefault(location.ValueName) : null;

    private Dictionary<string, ObservedValue> Values(string key)
    {
        var normalized = RegistryLocation.Normalize(key);
        if (!keys.TryGetValue(normalized, out var values))
        {
            keys[normalized] = values = new Dictionary<string, ObservedValue>(StringComparer.OrdinalIgnoreCase);
        }

        return values;
    }
}
