namespace SmbPolicyCompiler.Plan.Model;

public enum ArtifactChangeKind
{
    Added,
    Removed,
    Modified,
}

/// <summary>What a generated file carries: settings (registry.pol, GptTmpl.inf, .reg), scripts, or backup metadata only.</summary>
public enum ArtifactCategory
{
    Settings,
    Script,
    Metadata,
}

/// <summary>A generated file that differs between the two versions (compiled in memory).</summary>
public sealed record ArtifactChange(ArtifactChangeKind Kind, string Path, ArtifactCategory Category)
{
    /// <summary>Settings: what Windows, Samba or Intune applies (registry.pol, GptTmpl.inf, .reg, smb.conf includes, Intune policies and filters).</summary>
    public static ArtifactCategory Classify(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        return name switch
        {
            "registry.pol" or "gpttmpl.inf" => ArtifactCategory.Settings,
            _ when name.EndsWith(".reg", StringComparison.Ordinal) => ArtifactCategory.Settings,
            _ when name.EndsWith(".conf", StringComparison.Ordinal) && path.Contains("/samba/", StringComparison.Ordinal) => ArtifactCategory.Settings,
            _ when name.EndsWith(".json", StringComparison.Ordinal) && path.Contains("/intune/", StringComparison.Ordinal) => ArtifactCategory.Settings,
            _ when name.EndsWith(".ps1", StringComparison.Ordinal) => ArtifactCategory.Script,
            _ => ArtifactCategory.Metadata,
        };
    }
}
