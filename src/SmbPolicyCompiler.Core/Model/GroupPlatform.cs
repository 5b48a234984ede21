namespace SmbPolicyCompiler.Core.Model;

/// <summary>How a group's machines are managed, and so which back end carries their settings.</summary>
public enum GroupPlatform
{
    /// <summary>Windows under Group Policy: the ring's GPOs, .reg, PowerShell and DSC.</summary>
    Windows,

    /// <summary>Windows managed by Intune: the ring's Settings Catalog and custom OMA-URI policies; no GPO link.</summary>
    Intune,

    /// <summary>Samba or a NAS: the ring's smb.conf include; no GPO link.</summary>
    Samba,
}

public static class GroupPlatformExtensions
{
    public static string Text(this GroupPlatform platform) => platform.ToString().ToLowerInvariant();

    /// <summary>Whether Group Policy reaches these machines (GPO links, security filters, import preflight).</summary>
    public static bool UsesGroupPolicy(this GroupPlatform platform) => platform == GroupPlatform.Windows;

    public static GroupPlatform? Parse(string? text) => text switch
    {
        "windows" => GroupPlatform.Windows,
        "intune" => GroupPlatform.Intune,
        "samba" => GroupPlatform.Samba,
        _ => null,
    };
}
