using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>A one-file policy written by a test into a temporary folder.</summary>
public sealed class PolicyFolder : IDisposable
{
    private readonly TempFolder _folder = new("smbpol-drift-policy");

    public PolicyFolder(string yaml) => File.WriteAllText(System.IO.Path.Combine(_folder.Path, "policy.yaml"), yaml);

    public string Path => _folder.Path;

    /// <summary>One server, LAB-FS01, in ring 'pilot' with serverSigning at enforce and smb1Server at disabled.</summary>
    public static PolicyFolder SigningAndSmb1() => new("""
        policy:
          name: drift-wire
          domain: lab.example.com
        groups:
          - name: lab
            description: Lab file servers.
            owner: lab@example.com
            members:
              hosts: [LAB-FS01]
        rings:
          - name: pilot
            description: The lab.
            groups: [lab]
            controls:
              serverSigning: { audit: 2026-01-05, enforce: 2026-03-02 }
              smb1Server: { audit: 2026-01-05, disabled: 2026-03-02 }
        """);

    public void Dispose() => _folder.Dispose();
}
