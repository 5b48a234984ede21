namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>A peer (server or client) and how many events named the pair.</summary>
public sealed record PeerCount(string Name, long Events);
