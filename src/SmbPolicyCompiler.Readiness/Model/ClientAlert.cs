namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>The daily alert rule fired: a client logged more than the threshold of alert events (3021, 3024) on one UTC day.</summary>
public sealed record ClientAlert(string Client, DateOnly Day, long Events, IReadOnlyList<string> Servers, bool MoreServers, string? Owner);
