namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// An SMB2+ dialect: the name PowerShell's -Smb2DialectMin uses, the revision on the wire (MS-SMB2 2.2.3), which is
/// also the registry value of MinSmb2Dialect, the version people say, and Samba's protocol name.
/// </summary>
public sealed record DialectDefinition(string Name, ushort Revision, string Version, string SambaName)
{
    public long Value => Revision;
}

/// <summary>The SMB2+ dialects, oldest first: the one table of revisions, names and Samba names.</summary>
public static class Dialects
{
    public static readonly DialectDefinition Smb202 = new("SMB202", 0x0202, "2.0.2", "SMB2_02");
    public static readonly DialectDefinition Smb210 = new("SMB210", 0x0210, "2.1", "SMB2_10");
    public static readonly DialectDefinition Smb300 = new("SMB300", 0x0300, "3.0", "SMB3_00");
    public static readonly DialectDefinition Smb302 = new("SMB302", 0x0302, "3.0.2", "SMB3_02");
    public static readonly DialectDefinition Smb311 = new("SMB311", 0x0311, "3.1.1", "SMB3_11");

    public static IReadOnlyList<DialectDefinition> All { get; } = [Smb202, Smb210, Smb300, Smb302, Smb311];

    /// <summary>Encryption needs SMB 3.0 or later.</summary>
    public static long FirstWithEncryption => Smb300.Value;

    public static DialectDefinition? Find(long revision) => All.FirstOrDefault(d => d.Revision == revision);

    public static string? NameOf(long value) => Find(value)?.Name;

    public static long? ValueOf(string name) => All.Where(d => d.Name == name || d.Version == name).Select(d => (long?)d.Value).FirstOrDefault();
}
