namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// What the wire probe learned about one host.
/// <see cref="Smb2"/> is the SMB2 NEGOTIATE answer, or null with <see cref="Failure"/> saying why there was none.
/// <see cref="Smb1"/> is always present; its <see cref="Smb1Verdict.Support"/> is Unknown when it could not be decided.
/// A host that speaks only SMB1 has a Failure and an Accepted Smb1 verdict.
/// </summary>
public sealed record WireProbeResult(
    HostTarget Target,
    string? RemoteAddress,
    Smb2Negotiation? Smb2,
    ProbeFailure? Failure,
    Smb1Verdict Smb1,
    TimeSpan Elapsed,
    int Attempts)
{
    /// <summary>True when the SMB2 negotiate succeeded.</summary>
    public bool Succeeded => Smb2 is not null;

    /// <summary>"3.1.1" etc., or null when SMB2 was not negotiated.</summary>
    public string? Dialect => Smb2?.Dialect;

    public bool? SigningEnabled => Smb2?.SigningEnabled;

    public bool? SigningRequired => Smb2?.SigningRequired;
}
