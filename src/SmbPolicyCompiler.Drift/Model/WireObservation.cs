namespace SmbPolicyCompiler.Drift.Model;

/// <summary>What an SMB negotiate showed: whether the server requires signing, its dialect, whether it accepts SMB1.</summary>
public sealed record WireObservation(string Endpoint, bool? SigningRequired, string? Dialect, bool? Smb1Accepted, string? Failure);
