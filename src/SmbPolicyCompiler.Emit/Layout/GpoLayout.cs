namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>One GPO backup: its name, name-based ids, the values it carries and the comment its backup records.</summary>
internal sealed record GpoLayout(string DisplayName, Guid GpoId, Guid BackupId, IReadOnlyList<RegistryAssignment> Assignments, string Comment)
{
    public IEnumerable<RegistryAssignment> In(Carrier carrier) => Assignments.Where(a => a.Carrier == carrier);

    public bool Has(Carrier carrier) => Assignments.Any(a => a.Carrier == carrier);
}
