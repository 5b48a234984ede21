using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using static SmbPolicyCompiler.Core.Tests.PolicyFixture;

namespace SmbPolicyCompiler.Core.Tests.Binding;

public class BinderTests
{
    private const string Inventory = """
        Name,DNSHostName,DistinguishedName,MemberOf,OperatingSystem,OperatingSystemVersion
        FS1,fs1.corp.example.com,"CN=FS1,OU=FS,DC=corp,DC=example,DC=com",,Windows Server 2022,10.0 (20348)
        FS2,fs2.corp.example.com,"CN=FS2,OU=FS,DC=corp,DC=example,DC=com",,Windows Server 2022,10.0 (20348)
        WS1,ws1.corp.example.com,"CN=WS1,OU=WS,DC=corp,DC=example,DC=com","CN=SG-Pilot,OU=G,DC=corp,DC=example,DC=com",Windows 11,10.0 (26100)
        """;

    private static ResolvedPolicy Bind(string groups, string rings, string exceptions = "exceptions: []\n")
    {
        var compilation = Load(
            ("policy.yaml", Policy + "  inventory: computers.csv\n"),
            ("computers.csv", Inventory),
            ("groups.yaml", groups),
            ("rings.yaml", rings),
            ("exceptions.yaml", exceptions));
        compilation.HasErrors.Should().BeFalse(string.Join("\n", compilation.Diagnostics));
        return compilation.Resolved!;
    }

    private const string Groups = """
        groups:
          - name: fs
            members: { ous: ["OU=FS,DC=corp,DC=example,DC=com"] }
          - name: pilot-clients
            role: client
            members: { adGroups: [SG-Pilot] }

        """;

    private const string Rings = """
        rings:
          - name: pilot
            groups: [fs, pilot-clients]
            controls:
              serverSigning: { audit: 2026-01-01, enforce: 2026-03-01 }
              smb1Server: { audit: 2025-10-01, disabled: 2025-12-01 }
              clientSigning: { audit: 2026-01-01 }

        """;

    [Fact]
    public void Bind_OuMembers_ResolveThroughInventoryWithProvenance()
    {
        var host = Bind(Groups, Rings).Host("fs2.corp.example.com")!;

        host.Group.Should().Be("fs");
        host.Ring.Should().Be("pilot");
        host.Membership.Kind.Should().Be(MembershipKind.OrganizationalUnit);
        host.Membership.Location.Path.Should().Be("p/groups.yaml");
        host.Inventory!.Build.Should().Be(20348);
        var signing = host.Control(ControlCatalogue.ServerSigning)!;
        signing.Stage.Name.Should().Be("enforce");
        signing.Since.Should().Be(new DateOnly(2026, 3, 1));
        signing.DecidedBy.Kind.Should().Be(ProvenanceKind.Ring);
        signing.DecidedBy.Location.Should().Be(new Text.SourceLocation("p/rings.yaml", 5, 43));
    }

    [Fact]
    public void Bind_AfterResolvingMembers_ReleasesTheInventoryIndexAndLookupsStillWork()
    {
        var inventory = Bind(Groups, Rings).Model.Inventory!;

        inventory.IsIndexed.Should().BeFalse();
        inventory.InOrganizationalUnit("OU=FS,DC=corp,DC=example,DC=com").Select(c => c.Name).Should().Equal("FS1", "FS2");
        inventory.Find("ws1.corp.example.com")!.Name.Should().Be("WS1");
        inventory.IsIndexed.Should().BeTrue();
    }

    [Fact]
    public void Bind_ServerHost_GetsOnlyServerSettingsAndClientHostOnlyClientSettings()
    {
        var policy = Bind(Groups, Rings);

        policy.Host("FS1")!.Settings.Should().OnlyContain(s => s.Setting.Side == Side.Server)
            .And.Contain(s => s.Setting == Settings.ServerRequireSecuritySignature && s.Value == 1);
        policy.Host("WS1")!.Settings.Select(s => s.Setting).Should().Equal(Settings.AuditServerDoesNotSupportSigning);
        policy.Host("WS1")!.Controls.Should().NotContain(c => c.Control.Key == ControlCatalogue.ServerSigning);
    }

    [Fact]
    public void Bind_GroupScopedException_HoldsEveryHostOfTheGroup()
    {
        var exceptions = """
            exceptions:
              - id: E1
                groups: [fs]
                control: serverSigning
                stage: audit
                reason: r
                owner: o
                expires: 2027-01-01
            """;

        var policy = Bind(Groups, Rings, exceptions);

        foreach (var name in new[] { "FS1", "FS2" })
        {
            var signing = policy.Host(name)!.Control(ControlCatalogue.ServerSigning)!;
            signing.Stage.Name.Should().Be("audit");
            signing.RingStage.Name.Should().Be("enforce");
            signing.DecidedBy.Should().BeEquivalentTo(new { Kind = ProvenanceKind.Exception, Name = "E1" });
            policy.Host(name)!.Settings.Should().NotContain(s => s.Setting == Settings.ServerRequireSecuritySignature);
        }
    }

    [Fact]
    public void Bind_ExpiredException_HoldsNothing()
    {
        var exceptions = "exceptions:\n  - { id: E1, hosts: [FS1], control: serverSigning, stage: audit, reason: r, owner: o, expires: 2026-01-01 }\n";
        var compilation = Load(("policy.yaml", Policy + "  inventory: computers.csv\n"), ("computers.csv", Inventory),
            ("groups.yaml", Groups), ("rings.yaml", Rings), ("exceptions.yaml", exceptions));

        compilation.Codes().Should().Contain("SMB3001");
        compilation.Resolved!.Host("FS1")!.Control(ControlCatalogue.ServerSigning)!.Stage.Name.Should().Be("enforce");
    }

    [Fact]
    public void Bind_RateLimiterDelay_ComesFromThePolicyParameter()
    {
        var policy = Load(
            ("policy.yaml", Policy + "  settings: { authRateLimiterDelayMs: 3500 }\n"),
            ("groups.yaml", "groups:\n  - name: s\n    members: { hosts: [S1] }\n"),
            ("rings.yaml", "rings:\n  - name: r\n    groups: [s]\n    controls:\n      authRateLimiter: { on: 2026-01-01 }\n")).Resolved!;

        policy.Host("S1")!.Settings.Single(s => s.Setting == Settings.InvalidAuthenticationDelayTimeInMs).Value.Should().Be(3500);
    }

    [Fact]
    public void Bind_RoleBoth_GetsBothSidesOfABothSidedControl()
    {
        var policy = Load(
            ("policy.yaml", Policy),
            ("groups.yaml", "groups:\n  - name: lab\n    role: both\n    members: { hosts: [LAB1] }\n"),
            ("rings.yaml", "rings:\n  - name: r\n    groups: [lab]\n    controls:\n      minimumDialect: { SMB300: 2026-01-01 }\n")).Resolved!;

        policy.Host("LAB1")!.Settings.Select(s => (s.Setting.Id, s.Value)).Should().BeEquivalentTo(new[]
        {
            ("server.MinSmb2Dialect", 768L),
            ("client.MinSmb2Dialect", 768L),
        });
        policy.Ring("r")!.Sides.Should().Equal(Side.Server, Side.Client);
    }
}
