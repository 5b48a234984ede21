using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Rules;

/// <summary>A host falls into two groups (by name, wildcard, OU or AD group).</summary>
internal sealed class HostInTwoGroupsRule : IPolicyRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalogue.HostInTwoGroups;

    public IEnumerable<Diagnostic> Check(RuleContext context) =>
        context.Resolved.Conflicts.HostClashes.Select(c =>
            PolicyDiagnostics.HostInTwoGroups(c.Membership.Location, c.Host, c.Group, c.FirstGroup, c.Membership.Describe()));
}
