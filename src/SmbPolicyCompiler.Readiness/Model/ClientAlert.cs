namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>
/// The daily alert rule fired: a client logged more than <paramref name="Threshold"/> alert events (3021, 3024) on one
/// UTC day against the servers of <paramref name="Ring"/> (null: servers in no ring), as the SIEM daily alerts count.
/// </summary>
public sealed record ClientAlert(string Client, DateOnly Day, string? Ring, int Threshold, long Events, IReadOnlyList<string> Servers, bool MoreServers, string? Owner);
