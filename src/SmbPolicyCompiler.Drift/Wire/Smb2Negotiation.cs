namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>What a server's SMB2 NEGOTIATE response says (MS-SMB2 2.2.4).</summary>
public sealed record Smb2Negotiation(ushort DialectRevision, ushort SecurityMode, uint Capabilities, Guid ServerGuid)
{
    public const ushort SigningEnabledBit = 0x0001;
    public const ushort SigningRequiredBit = 0x0002;

    /// <summary>"2.0.2", "2.1", "3.0", "3.0.2" or "3.1.1".</summary>
    public string Dialect => Smb2Dialects.Name(DialectRevision);

    public bool SigningEnabled => (SecurityMode & SigningEnabledBit) != 0;

    /// <summary>The server requires signing (RequireSecuritySignature / Samba "server signing = mandatory").</summary>
    public bool SigningRequired => (SecurityMode & SigningRequiredBit) != 0;
}
