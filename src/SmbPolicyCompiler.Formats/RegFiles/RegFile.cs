using System.Collections.Immutable;

namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>The key blocks of a .reg file in file order, and comment lines written after the header.</summary>
public sealed record RegFile(ImmutableArray<RegFileKey> Keys)
{
    public ImmutableArray<string> HeaderComments { get; init; } = [];

    /// <summary>The first block (not a deletion) for this key path, ignoring case, or null.</summary>
    public RegFileKey? FindKey(string path) =>
        Keys.FirstOrDefault(k => !k.IsDeletion && string.Equals(k.Path, path, StringComparison.OrdinalIgnoreCase));
}
