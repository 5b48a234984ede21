namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// An event that appears when an enforcing server turns a client away: event <paramref name="EventId"/> in
/// <paramref name="Channel"/>, naming the client in <paramref name="ClientField"/>, and — when
/// <paramref name="Field"/> is set — only when that field holds one of <paramref name="Values"/> (compared without case).
/// <paramref name="Verified"/> is false where the meaning is our reading of the manifest, not Microsoft's documentation.
/// </summary>
public sealed record EnforcementSignal(
    int EventId,
    string Channel,
    string Provider,
    string ClientField,
    string? Field,
    IReadOnlyList<string> Values,
    bool Verified,
    string Meaning);
