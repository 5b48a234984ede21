using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>The SMB2/3 dialect revisions the probe offers and reads (the catalogue's dialect table), and the wildcard.</summary>
internal static class Smb2Dialects
{
    /// <summary>The wildcard revision a server sends only in answer to an SMB1 negotiate offering "SMB 2.???".</summary>
    public const ushort Wildcard = 0x02FF;

    /// <summary>What the probe offers, oldest first, as Windows clients do.</summary>
    public static IReadOnlyList<ushort> Offered { get; } = [.. Dialects.All.Select(d => d.Revision)];

    /// <summary>"2.0.2", "2.1", "3.0", "3.0.2", "3.1.1"; other revisions as "0x02FF".</summary>
    public static string Name(ushort revision) => Dialects.Find(revision)?.Version ?? $"0x{revision:X4}";
}
