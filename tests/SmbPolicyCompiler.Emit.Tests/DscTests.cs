using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Tests.Support;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>DSC: SmbServerConfiguration (ComputerManagementDsc) for properties it has, PSDscResources Registry for the rest.</summary>
public class DscTests
{
    private static readonly Lazy<EmitResult> Small = new(() => EmitFixture.Compile("small"));

    [Fact]
    public void ServerConfiguration_UsesSmbServerConfigurationForEveryDscPropertyAndRegistryForTheRest()
    {
        var text = Small.Value.File("pilot/dsc/SmbHardening-Servers.ps1").Text();
        var ring = EmitFixture.Layout("small").Single(r => r.Name == "pilot").Sides.Single(s => s.Side == Side.Server);

        var properties = Regex.Matches(text, @"^ {16}(\w+) = \[(?:bool|uint32)\]\$values\['([^']+)'\]", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value));
        properties.Should().BeEquivalentTo(ring.Assignments.Where(a => a.Setting?.DscProperty is not null).Select(a => (a.Setting!.DscProperty!, a.Id)));
        var registry = Regex.Matches(text, @"ValueName = '([^']+)'").Select(m => m.Groups[1].Value);
        registry.Should().BeEquivalentTo(ring.Assignments.Where(a => a.Setting?.DscProperty is null).Select(a => a.Location.ValueName));
        text.Should().Contain("Import-DscResource -ModuleName 'ComputerManagementDsc'").And.Contain("Import-DscResource -ModuleName 'PSDscResources'")
            .And.Contain("IsSingleInstance = 'Yes'").And.Contain("[string[]]$NodeName");
    }

    [Fact]
    public void ClientConfiguration_HasOnlyRegistryResources()
    {
        var text = Small.Value.File("pilot/dsc/SmbHardening-Clients.ps1").Text();

        text.Should().NotContain("SmbServerConfiguration '").And.NotContain("ComputerManagementDsc'");
        Regex.Matches(text, @"Key = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\LanmanWorkstation'").Should().NotBeEmpty();
        text.Should().Contain("Key = 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\LanmanWorkstation\\Parameters'", "client RequireSecuritySignature is a Security Option");
    }

    [Fact]
    public void Configuration_GivesHeldNodesTheExceptionValues()
    {
        var text = Small.Value.File("main/dsc/SmbHardening-Servers.ps1").Text();

        text.Should().Contain("@{ Id = 'EXC-1'; Hosts = @('fs02'); Values = @{ 'server.AuditClientDoesNotSupportSigning' = 1; 'server.RequireSecuritySignature' = 0 } }")
            .And.Contain("'additional.2' = @('netlogon', 'samr')")
            .And.Contain("$values = @{} + $ring");
    }
}
