using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>Exception GPOs (docs/gpo-exceptions.md): held values plus relaxed overrides, filtered to the held hosts, linked first.</summary>
public class ExceptionGpoTests
{
    private static readonly Lazy<RingLayout> Main = new(() => EmitFixture.Layout("small").Single(r => r.Name == "main"));

    [Fact]
    public void ExceptionAtAudit_CarriesTheAuditValueAndRelaxesWhatEnforceAdds()
    {
        var exception = Main.Value.Exceptions.Single(e => e.Id == "EXC-1");

        exception.Gpo!.Assignments.Select(a => (a.Id, a.Number, a.Carrier)).Should().BeEquivalentTo(new[]
        {
            (Settings.AuditClientDoesNotSupportSigning.Id, 1L, Carrier.RegistryPol),
            (Settings.ServerRequireSecuritySignature.Id, Settings.ServerRequireSecuritySignature.RelaxedValue, Carrier.SecurityTemplate),
        });
        exception.HeldHosts.Should().Equal("fs02");
    }

    [Fact]
    public void ExceptionAtOff_CarriesOnlyRelaxedValues()
    {
        var exception = Main.Value.Exceptions.Single(e => e.Id == "EXC-2");

        exception.Gpo!.Assignments.Should().OnlyContain(a => a.Number == a.Setting!.RelaxedValue && a.Origin.Contains("relaxed"));
        exception.Gpo!.Assignments.Select(a => a.Id).Should().BeEquivalentTo(Settings.AuditClientDoesNotSupportSigning.Id, Settings.ServerRequireSecuritySignature.Id);
    }

    [Fact]
    public void ExceptionGpo_ByHost_IsFilteredToTheComputerAndLinkedAtItsOuFirst()
    {
        var import = Main.Value.Exceptions.Single(e => e.Id == "EXC-1").Import!;

        import.Filter.Should().BeEquivalentTo(new SecurityFilter([], ["FS02"]));
        import.Links.Should().Equal("OU=File,OU=Servers,DC=corp,DC=example,DC=com");
        import.FirstInLinkOrder.Should().BeTrue();
        import.TargetName.Should().Be("SMB Test - main - Exception EXC-1");
    }

    [Fact]
    public void ExceptionGpo_ByAdGroupGroup_IsFilteredToTheAdGroupAndLinkedAtTheGroupsLinkTo()
    {
        var import = Main.Value.Exceptions.Single(e => e.Id == "EXC-2").Import!;

        import.Filter.Should().BeEquivalentTo(new SecurityFilter(["CN=SG-App,OU=Groups,DC=corp,DC=example,DC=com"], []));
        import.Links.Should().Equal("OU=Servers,DC=corp,DC=example,DC=com");
    }

    [Fact]
    public void Ring_WhoseStageTheExceptionDoesNotUndercut_GetsNoExceptionGpo()
    {
        using var folder = EmitFixture.WritePolicy(
            ("policy.yaml", "policy:\n  name: p\n  domain: corp.example.com\n"),
            ("groups.yaml", "groups:\n  - name: g\n    members: { hosts: [H1, H2] }\n"),
            ("rings.yaml", "rings:\n  - name: r\n    groups: [g]\n    controls:\n      serverSigning: { audit: 2026-01-05 }\n"),
            ("exceptions.yaml", "exceptions:\n  - id: E\n    hosts: [H1]\n    control: serverSigning\n    stage: audit\n    reason: x\n    owner: o\n    expires: 2026-12-30\n"));

        var result = PolicyEmitter.Emit(EmitFixture.Resolve(folder.Path));

        result.Rings.Single().ExceptionGpos.Should().Be(0);
        result.Files.Should().NotContain(f => f.RelativePath.Contains("exception-", StringComparison.Ordinal));
    }

    [Fact]
    public void ExceptionHoldingOnlyIntuneDevices_GetsNoGpo()
    {
        // Scripts.Tests' case: laptops (platform intune) LT-02 and LT-03 held by EXC-LT-02 and EXC-LT-03.
        var policy = EmitFixture.Resolve(RepoPaths.Tests("SmbPolicyCompiler.Scripts.Tests", "Cases", "intune-exceptions"));
        var context = new EmitContext(policy, BackupTimestamp.Of(policy.Model));
        var ring = RingLayoutBuilder.BuildAll(context, []).Single();
        var result = PolicyEmitter.Emit(policy);

        ring.Exceptions.Select(e => (e.Id, e.HeldHosts.Single(), e.Gpo, e.Import)).Should().BeEquivalentTo(new[]
        {
            ("EXC-LT-02", "lt-02", (GpoLayout?)null, (GpoImport?)null),
            ("EXC-LT-03", "lt-03", (GpoLayout?)null, (GpoImport?)null),
        });
        result.Rings.Single().ExceptionGpos.Should().Be(0);
        result.GpoCount.Should().Be(0);
        result.Files.Should().Contain(f => f.RelativePath == "pilot/intune/pilot-client-exception-EXC-LT-02.json", "Intune carries the exception");
        result.Files.Should().NotContain(f => f.RelativePath.StartsWith("pilot/gpo/", StringComparison.Ordinal) && f.Text().Contains("EXC-LT", StringComparison.Ordinal));
    }

    [Fact]
    public void ExceptionHoldingWindowsAndIntuneHosts_GpoIsFilteredToTheWindowsHostsOnly()
    {
        using var folder = EmitFixture.WritePolicy(
            ("policy.yaml", "policy:\n  name: p\n  domain: corp.example.com\n"),
            ("groups.yaml", "groups:\n  - name: desktops\n    role: client\n    members: { hosts: [WS-01, WS-02] }\n"
                + "  - name: laptops\n    role: client\n    platform: intune\n    members: { hosts: [LT-01, LT-02] }\n"),
            ("rings.yaml", "rings:\n  - name: r\n    groups: [desktops, laptops]\n    controls:\n      clientSigning: { audit: 2026-01-05, enforce: 2026-03-02 }\n"),
            ("exceptions.yaml", "exceptions:\n  - id: E\n    hosts: [WS-01, LT-01]\n    control: clientSigning\n    stage: audit\n    reason: x\n    owner: o\n    expires: 2026-12-30\n"));
        var policy = EmitFixture.Resolve(folder.Path);
        var exception = RingLayoutBuilder.BuildAll(new EmitContext(policy, BackupTimestamp.Of(policy.Model)), []).Single().Exceptions.Single();

        exception.HeldHosts.Should().Equal("lt-01", "ws-01");
        exception.Import!.Filter.Should().BeEquivalentTo(new SecurityFilter([], ["WS-01"]));
        exception.Import.Links.Should().Equal("DC=corp,DC=example,DC=com");
        PolicyEmitter.Emit(policy).Rings.Single().ExceptionGpos.Should().Be(1);
    }

    [Fact]
    public void ApplyScript_ListsTheExceptionWithItsHostsAndValues()
    {
        var text = EmitFixture.Compile("small").File("main/powershell/Apply-Servers.ps1").Text();
        var literals = PowerShellLexer.Lex(text).Where(s => s.Kind == PsSegmentKind.SingleQuoted).Select(s => s.Text).ToList();

        literals.Should().Contain(["EXC-1", "fs02", "EXC-2", "app01", "serverSigning held at off until 2026-12-15"]);
        text.Should().NotContain("$Exceptions = @(\r\n)", "apply lists its exceptions");
        EmitFixture.Compile("small").File("main/powershell/Rollback-Servers.ps1").Text().Should().Contain("$Exceptions = @(\r\n)", "rollback undoes exception values with the ring's");
    }
}
