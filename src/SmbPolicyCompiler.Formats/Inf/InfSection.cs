using System.Collections.Immutable;

namespace SmbPolicyCompiler.Formats.Inf;

/// <summary>A <c>[Name]</c> section of an INF file and its entries, in file order.</summary>
public sealed record InfSection(string Name, ImmutableArray<InfEntry> Entries)
{
    /// <summary>The value of the first entry with this key (ignoring case), or null.</summary>
    public string? Find(string key) =>
        Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase))?.Value;
}
