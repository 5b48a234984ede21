namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>An exception that names a host: which control it holds back, at which stage, until when.</summary>
public sealed record HostException(string Id, string Control, string Stage, DateOnly Expires, bool Active);
