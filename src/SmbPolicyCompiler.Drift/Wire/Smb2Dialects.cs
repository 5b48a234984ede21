using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>SMB2/3 dialect revisions (MS-SMB2 2.2.3) and their usual names.</summary>
public static class Smb2Dialects
{
    public const ushort Smb202 = 0x0202;
    public const ushort Smb210 = 0x0210;
    public const ushort Smb300 = 0x0300;
    public const ushort Smb302 = 0x0302;
    public const ushort Smb311 = 0x0311;

    /// <summary>The wildcard revision a server sends only in answer to an SMB1 negotiate offering "SMB 2.???".</summary>
    public const ushort Wildcard = 0x02FF;

    /// <summary>What the probe offers, oldest first, as Windows clients do.</summary>
    public static IReadOnlyList<ushort> Offered { get; } = [Smb202, Smb210, Smb300, Smb302, Smb311];

    /// <summary>"2.0.2", "2.1", "3.0", "3.0.2", "3.1.1" (from the catalogue's dialect table); other revisions as "0x02FF".</summary>
    public static string Name(ushort revision) =>
        Dialects.All.Where(d => d.Value == revision).Select(d => d.Version).FirstOrDefault() ?? $"0x{revision:X4}";
}
