using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests;

/// <summary>Writes small policy repositories to a temp folder and loads them, for rule and binding tests.</summary>
public static class PolicyFixture
{
    public static readonly DateOnly AsOf = new(2026, 11, 21);

    public const string Policy = """
        policy:
          name: test-policy
          domain: corp.example.com

        """;

    public const string Groups = """
        groups:
          - name: servers
            members: { hosts: [SRV1, SRV2] }
          - name: clients
            role: client
            members: { hosts: [WS1] }

        """;

    /// <summary>A clean one-ring policy: servers audit then enforce signing after 59 days, SMB1 already off.</summary>
    public const string Rings = """
        rings:
          - name: pilot
            groups: [servers, clients]
            controls:
              serverSigning: { audit: 2026-01-01, enforce: 2026-03-01 }
              smb1Server: { audit: 2025-10-01, disabled: 2025-12-01 }
              clientSigning: { audit: 2026-01-01 }

        """;

    public static PolicyCompilation Load(params (string Path, string Text)[] files) => Load(AsOf, files);

    public static PolicyCompilation Load(DateOnly asOf, params (string Path, string Text)[] files)
    {
        using var folder = new TempFolder("smbpol-policy");
        foreach (var (path, text) in files)
        {
            folder.Write(path, text);
        }

        return PolicyLoader.Load(folder.Path, asOf, "p");
    }

    /// <summary>The base policy with the given sections replaced (pass null to keep the default).</summary>
    public static PolicyCompilation With(string? policy = null, string? groups = null, string? rings = null, string? exceptions = null, DateOnly? asOf = null) =>
        Load(asOf ?? AsOf,
            ("policy.yaml", policy ?? Policy),
            ("groups.yaml", groups ?? Groups),
            ("rings.yaml", rings ?? Rings),
            ("exceptions.yaml", exceptions ?? "exceptions: []\n"));

    public static IEnumerable<string> Codes(this PolicyCompilation compilation) => compilation.Diagnostics.Select(d => d.Code);

    public static Diagnostic Single(this PolicyCompilation compilation, string code)
    {
        var matches = compilation.Diagnostics.Where(d => d.Code == code).ToList();
        matches.Should().ContainSingle($"expected one {code}; got: {string.Join(" | ", compilation.Diagnostics)}");
        return matches[0];
    }
}
