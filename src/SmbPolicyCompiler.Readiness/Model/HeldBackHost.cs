namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>A ring host an exception holds back for the control: its events do not count against the ring.</summary>
public sealed record HeldBackHost(string Host, string ExceptionId, string HeldAt, IReadOnlyList<string> Clients, long EvidenceEvents);
