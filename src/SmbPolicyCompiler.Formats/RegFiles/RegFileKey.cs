using System.Collections.Immutable;

namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>
/// A <c>[HKEY_...\Path]</c> block and its values, or a <c>[-HKEY_...\Path]</c> deletion (of the key and all
/// its subkeys). <see cref="Path"/> starts with a full root name (HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER,
/// HKEY_CLASSES_ROOT, HKEY_USERS, HKEY_CURRENT_CONFIG). <see cref="Comments"/> are written as <c>; </c> lines
/// before the block (the reader does not keep comments).
/// </summary>
public sealed record RegFileKey(string Path, ImmutableArray<RegFileValue> Values)
{
    public bool IsDeletion { get; init; }

    public ImmutableArray<string> Comments { get; init; } = [];

    public static RegFileKey Set(string path, params IEnumerable<RegFileValue> values) => new(path, [.. values]);

    public static RegFileKey Delete(string path) => new(path, []) { IsDeletion = true };

    /// <summary>The value with this name (ignoring case; "" is the default value). With several, the last, as an import would leave it.</summary>
    public RegFileValue? FindValue(string name) =>
        Values.LastOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
}
