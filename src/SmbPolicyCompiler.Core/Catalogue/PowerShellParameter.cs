namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>A parameter of Set-SmbServerConfiguration or Set-SmbClientConfiguration.</summary>
public sealed record PowerShellParameter(string Cmdlet, string Name, PowerShellValueKind Kind)
{
    public static PowerShellParameter Server(string name, PowerShellValueKind kind = PowerShellValueKind.Boolean) =>
        new("Set-SmbServerConfiguration", name, kind);

    public static PowerShellParameter Client(string name, PowerShellValueKind kind = PowerShellValueKind.Boolean) =>
        new("Set-SmbClientConfiguration", name, kind);

    /// <summary>The Get- cmdlet whose output has a property of the same name.</summary>
    public string GetCmdlet => "Get-" + Cmdlet["Set-".Length..];
}
