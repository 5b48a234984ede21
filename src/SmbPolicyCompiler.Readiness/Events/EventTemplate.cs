using System.Collections.Immutable;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// One manifest template: the event's fields in manifest order, including the *Length companion slots, so that
/// positional values (Get-WinEvent Properties[i], unnamed Data) can be named.
/// </summary>
internal sealed record EventTemplate(AuditEventDefinition Kind, int Version, ImmutableArray<string> Fields)
{
    public int EventId => Kind.Id;

    public AuditSide Side => Kind.LoggedBy == Core.Catalogue.Side.Server ? AuditSide.Server : AuditSide.Client;

    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
