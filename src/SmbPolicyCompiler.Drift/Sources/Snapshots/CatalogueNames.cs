using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// The registry value names and cmdlet properties the controls catalogue reads. A snapshot holds some fifty
/// properties and values per computer; keeping only these keeps a large estate's observations small.
/// </summary>
internal static class CatalogueNames
{
    public static IReadOnlySet<string> All { get; } = ControlCatalogue.AllSettings
        .SelectMany(s => new[] { s.ValueName, s.CimProperty })
        .OfType<string>()
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
