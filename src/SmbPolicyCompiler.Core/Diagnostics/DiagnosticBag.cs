using System.Collections;

namespace SmbPolicyCompiler.Core.Diagnostics;

/// <summary>Collects diagnostics as the pipeline runs. Sorted on the way out so output never depends on rule order.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> items = [];

    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    public int Count => items.Count;

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public IReadOnlyList<Diagnostic> ToSortedList() => Sort(items);

    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Distinct()
        .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();

    public IEnumerator<Diagnostic> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
