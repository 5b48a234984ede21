namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// The oldest Windows that honours a setting. NT 10 builds are shared by client and server releases
/// (14393 = 1607/2016, 17763 = 1809/2019, 20348 = 2022, 26100 = 24H2/2025), so one build number serves both.
/// </summary>
public sealed record OsRequirement(string Label, int MinimumBuild, string? RequiredUpdate = null)
{
    public static readonly OsRequirement Windows7 = new("Windows 7 / Server 2008 R2", 7601);
    public static readonly OsRequirement Windows8 = new("Windows 8 / Server 2012", 9200);
    public static readonly OsRequirement Windows10 = new("Windows 10 / Server 2016", 10240);
    public static readonly OsRequirement Windows11V24H2 = new("Windows 11 24H2 / Server 2025", 26100);

    /// <summary>The September 2025 audit update (CVE-2025-55234): Windows 7 / 2008 R2 and later with KB5066913 installed.</summary>
    public static readonly OsRequirement AuditUpdate2025 = new("Windows 7 / Server 2008 R2 with the September 2025 update", 7601, "KB5066913");

    public string Describe() => RequiredUpdate is null ? $"{Label} (build {MinimumBuild})" : $"{Label} ({RequiredUpdate})";
}
