using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>With an inventory loaded, a group whose members match no computer at all (likely a typo in an OU or group).</summary>
internal sealed class GroupMatchesNothingRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.GroupMatchesNothing;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        context.Model.Inventory is null
            ? []
            : context.Resolved.Groups.Where(g => g.HostKeys.Count == 0)
                .Select(g => PolicyDiagnostics.GroupMatchesNothing(g.Definition.Name.Location, g.Name));
}
