namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>One row of the server → ring/group lookup: a policy host by short name (the join key) and FQDN.</summary>
internal sealed record SiemHost(string ShortName, string Fqdn, string Ring, string Group, string Role);
