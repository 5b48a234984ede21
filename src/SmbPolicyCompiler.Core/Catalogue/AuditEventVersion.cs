namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// One version of an audit event's manifest template: its fields in manifest order, the *Length companion slots
/// included, as Windows writes them into EventData (by name) and into Properties (by position).
/// </summary>
public sealed record AuditEventVersion(int Version, IReadOnlyList<string> Fields)
{
    public bool Has(string field) => Fields.Contains(field, StringComparer.OrdinalIgnoreCase);
}
