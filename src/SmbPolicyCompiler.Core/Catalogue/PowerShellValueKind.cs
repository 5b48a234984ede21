namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>How a registry DWORD is passed to a Set-Smb*Configuration parameter.</summary>
public enum PowerShellValueKind
{
    Boolean,
    Number,

    /// <summary>An SMB dialect enum name: 514 → SMB202, 768 → SMB300, …</summary>
    Dialect,
}
