namespace SmbPolicyCompiler.Drift.Model;

/// <summary>
/// What an SMB negotiate showed: whether the server requires signing, its dialect, whether it accepts SMB1 (null when
/// the probe could not tell, with <see cref="Smb1Evidence"/> saying why), and the SMB2 failure if there was no answer.
/// A server that speaks only SMB1 shows its signing in the SMB1 NEGOTIATE reply (<see cref="SigningFromSmb1"/>).
/// </summary>
public sealed record WireObservation(string Endpoint, bool? SigningRequired, string? Dialect, bool? Smb1Accepted, string? Failure)
{
    public string? Smb1Evidence { get; init; }

    public bool SigningFromSmb1 { get; init; }
}
