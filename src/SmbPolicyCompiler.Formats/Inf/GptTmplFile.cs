using System.Collections.Immutable;

namespace SmbPolicyCompiler.Formats.Inf;

/// <summary>
/// A GptTmpl.inf security template: its sections in file order, each entry as text. [Registry Values] entries
/// are decoded on demand with <see cref="RegistryValues"/>; every other section is kept as read.
/// </summary>
public sealed record GptTmplFile(ImmutableArray<InfSection> Sections)
{
    public const string UnicodeSection = "Unicode";
    public const string VersionSection = "Version";
    public const string RegistryValuesSection = "Registry Values";

    /// <summary>
    /// The template a back end writes: [Unicode] Unicode=yes, [Version] signature="$CHICAGO$" Revision=1, and
    /// [Registry Values] sorted by path (ordinal-ignore-case). Two values with the same path (ignoring case) are an error.
    /// </summary>
    public static GptTmplFile Create(IEnumerable<GptTmplRegistryValue> registryValues)
    {
        ArgumentNullException.ThrowIfNull(registryValues);
        var sorted = registryValues
            .OrderBy(v => v.Path, StringComparer.OrdinalIgnoreCase)
            .ThenBy(v => v.Path, StringComparer.Ordinal)
            .ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (string.Equals(sorted[i - 1].Path, sorted[i].Path, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"GptTmpl.inf [Registry Values] would set '{sorted[i].Path}' twice; each value may be set once.", nameof(registryValues));
            }
        }

        return new GptTmplFile(
        [
            new InfSection(UnicodeSection, [new InfEntry("Unicode", "yes")]),
            new InfSection(VersionSection, [new InfEntry("signature", "\"$CHICAGO$\""), new InfEntry("Revision", "1")]),
            new InfSection(RegistryValuesSection, [.. sorted.Select(v => v.ToEntry())]),
        ]);
    }

    /// <summary>The section with this name (ignoring case), or null.</summary>
    public InfSection? Section(string name) =>
        Sections.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The decoded [Registry Values] entries in file order (empty without the section). Throws
    /// <see cref="NotSupportedException"/> for an entry whose type is not decoded here (e.g. REG_BINARY).
    /// </summary>
    public ImmutableArray<GptTmplRegistryValue> RegistryValues()
    {
        var section = Section(RegistryValuesSection);
        if (section is null)
        {
            return [];
        }

        var values = ImmutableArray.CreateBuilder<GptTmplRegistryValue>(section.Entries.Length);
        foreach (var entry in section.Entries)
        {
            if (GptTmplRegistryValueParser.TryParse(entry, out var value, out var problem) != GptTmplRegistryValueParser.Outcome.Decoded)
            {
                throw new NotSupportedException($"GptTmpl.inf [Registry Values]: {problem}.");
            }

            values.Add(value!);
        }

        return values.ToImmutable();
    }
}
