namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>
/// One row of the server → ring/group lookup: a policy host by short name (the join key) and FQDN, with the daily alert
/// threshold of its ring, so one daily-alert query compares each server's events with its own ring's number.
/// </summary>
internal sealed record SiemHost(string ShortName, string Fqdn, string Ring, string Group, string Role, int DailyThreshold);
