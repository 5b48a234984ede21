using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A group no ring lists: nothing applies to it.</summary>
internal sealed class GroupInNoRingRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.GroupInNoRing;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        context.Resolved.Groups.Where(g => g.Ring is null)
            .Select(g => PolicyDiagnostics.GroupInNoRing(g.Definition.Name.Location, g.Name));
}
