namespace SmbPolicyCompiler.Emit.Gpo;

/// <summary>Where files sit in a GPMC backup, as bkp:Location (backslashes, relative to the {BackupId} folder) and bkp:Path.</summary>
internal static class GpoPaths
{
    public const string RegistryPolLocation = @"DomainSysvol\GPO\Machine\registry.pol";
    public const string RegistryPolPath = @"%GPO_MACH_FSPATH%\registry.pol";
    public const string SecEditFolder = @"microsoft\windows nt\SecEdit";
    public const string GptTmplLocation = @"DomainSysvol\GPO\Machine\" + SecEditFolder + @"\GptTmpl.inf";
    public const string GptTmplPath = @"%GPO_MACH_FSPATH%\" + SecEditFolder + @"\GptTmpl.inf";

    /// <summary>The folders above GptTmpl.inf, which GPMC lists as FSObjectDir entries.</summary>
    public static readonly string[] SecEditFolders = [@"microsoft", @"microsoft\windows nt", SecEditFolder];

    /// <summary>A bkp:Location as a relative path with forward slashes.</summary>
    public static string ToRelative(string location) => location.Replace('\\', '/');

    /// <summary>Where GPMC would have read the file on the domain's SYSVOL (bkp:SourceExpandedPath).</summary>
    public static string SourceExpanded(string domain, string gpoId, string machineRelative) =>
        $@"\\{domain}\sysvol\{domain}\Policies\{gpoId}\Machine\{machineRelative}";
}
