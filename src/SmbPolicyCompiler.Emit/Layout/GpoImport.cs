namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>
/// One Import-GPO the ring's import script runs: the backup it imports, the GPO name it creates or updates, where it
/// links it, and its security filter (null: applies to Authenticated Users).
/// </summary>
/// <param name="FirstInLinkOrder">Link with order 1 (highest precedence at each target), as exception GPOs are.</param>
internal sealed record GpoImport(string TargetName, GpoLayout Gpo, IReadOnlyList<string> Links, SecurityFilter? Filter, bool FirstInLinkOrder);
