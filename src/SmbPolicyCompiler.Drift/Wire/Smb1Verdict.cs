namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// The SMB1 probe's finding. When SMB1 is accepted with "NT LM 0.12", the SMB1 SecurityMode signing bits
/// (MS-CIFS 2.2.4.52.2) are known; otherwise they are null. <see cref="Evidence"/> says what was seen.
/// </summary>
public sealed record Smb1Verdict(Smb1Support Support, string? Dialect, bool? SigningEnabled, bool? SigningRequired, string Evidence)
{
    public const byte SignaturesEnabledBit = 0x04;
    public const byte SignaturesRequiredBit = 0x08;

    public static Smb1Verdict NotProbed(string why) => new(Smb1Support.Unknown, null, null, null, why);

    public static Smb1Verdict Rejected(string evidence) => new(Smb1Support.Rejected, null, null, null, evidence);

    public static Smb1Verdict Unknown(ProbeFailure failure) => new(Smb1Support.Unknown, null, null, null, failure.ToString());
}
