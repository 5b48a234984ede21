using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>Two groups, two rings or two exceptions share a name (names compare case-insensitively).</summary>
internal sealed class DuplicateNameRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.DuplicateName;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        Duplicates("group", context.Model.Groups.Select(g => g.Name))
            .Concat(Duplicates("ring", context.Model.Rings.Select(r => r.Name)))
            .Concat(Duplicates("exception", context.Model.Exceptions.Select(e => e.Id)));

    private static IEnumerable<Diagnostic> Duplicates(string kind, IEnumerable<Located<string>> names)
    {
        var first = new Dictionary<string, Located<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (!first.TryAdd(name.Value, name))
            {
                yield return PolicyDiagnostics.DuplicateName(name.Location, kind, name.Value, first[name.Value].Location);
            }
        }
    }
}
