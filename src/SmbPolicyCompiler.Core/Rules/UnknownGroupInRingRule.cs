using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Schema;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A ring lists a group that no file defines.</summary>
internal sealed class UnknownGroupInRingRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.UnknownName;

    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var known = context.Model.Groups.Select(g => g.Name.Value).ToList();
        return context.Resolved.Conflicts.UnknownGroups.Select(u =>
            PolicyDiagnostics.UnknownName(u.Location, "group", u.Group, NameSuggester.Suggest(u.Group, known)));
    }
}
