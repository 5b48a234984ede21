using System.Globalization;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Emit.Tests.Support;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>Apply and rollback scripts: every setting carries what the catalogue says; the shared logic is present.</summary>
public class PowerShellScriptTests
{
    private static readonly Lazy<EmitResult> Small = new(() => EmitFixture.Compile("small"));

    public static TheoryData<string> ApplyScripts => ["pilot/powershell/Apply-Servers.ps1", "pilot/powershell/Apply-Clients.ps1", "main/powershell/Apply-Servers.ps1"];

    [Theory]
    [MemberData(nameof(ApplyScripts))]
    public void Apply_EveryCatalogueSetting_CarriesItsLocationParameterAndMinimumOs(string path)
    {
        var entries = ScriptData.Settings(Small.Value.File(path).Text());
        var catalogue = entries.Where(e => !e["Id"].StartsWith("additional.", StringComparison.Ordinal)).ToList();
        catalogue.Should().NotBeEmpty();
        foreach (var entry in catalogue)
        {
            var setting = ControlCatalogue.AllSettings.Single(s => s.Id == entry["Id"]);
            entry["Key"].Should().Be(setting.GpoLocation.Key, setting.Id);
            entry["Name"].Should().Be(setting.ValueName);
            entry["MinimumBuild"].Should().Be(setting.MinimumOs.MinimumBuild.ToString(CultureInfo.InvariantCulture));
            entry["RequiredUpdate"].Should().Be(setting.MinimumOs.RequiredUpdate ?? "$null");
            entry["Reboot"].Should().Be(setting.RebootRequired ? "$true" : "$false");
            // The cmdlet only where it writes where Group Policy does (the Services key); Policies-key values go to the registry.
            var cmdlet = setting.GpoLocation == setting.ServicesLocation ? setting.PowerShell : null;
            entry["Cmdlet"].Should().Be(cmdlet?.Cmdlet ?? "$null");
            entry["Parameter"].Should().Be(cmdlet?.Name ?? "$null");
        }
    }

    [Fact]
    public void Apply_ParameterValues_HaveTheCmdletsKinds()
    {
        var servers = ScriptData.Settings(Small.Value.File("pilot/powershell/Apply-Servers.ps1").Text()).ToDictionary(e => e["Id"]);

        servers[Settings.ServerRequireSecuritySignature.Id]["ParameterValue"].Should().Be("$true");
        servers[Settings.Smb1.Id]["ParameterValue"].Should().Be("$false");
        servers[Settings.SmbServerNameHardeningLevel.Id]["ParameterValue"].Should().Be("2", "spnValidation = required");
        servers[Settings.InvalidAuthenticationDelayTimeInMs.Id]["Value"].Should().Be("1500", "policy.settings.authRateLimiterDelayMs");
        servers[Settings.ServerMinSmb2Dialect.Id]["ParameterValue"].Should().Be("$null", "an Administrative Template value: written to the Policies key, not through the cmdlet");
        servers[Settings.ServerMinSmb2Dialect.Id]["Value"].Should().Be("768");
        servers[Settings.AuditClientSpnSupport.Id]["Cmdlet"].Should().Be("$null", "no cmdlet parameter: the registry is written");
        servers[Settings.Smb1.Id]["Reboot"].Should().Be("$true");
    }

    [Fact]
    public void Rollback_RestoresDeclaredValuesAndRemovesTheRest()
    {
        var entries = ScriptData.Settings(Small.Value.File("main/powershell/Rollback-Servers.ps1").Text()).ToDictionary(e => e["Id"]);

        entries[Settings.ServerRequireSecuritySignature.Id]["Value"].Should().Be("0");
        entries[Settings.ServerRequireSecuritySignature.Id]["ParameterValue"].Should().Be("$false");
        entries[Settings.AuditSmb1Access.Id]["Value"].Should().Be("$null");
        entries.Values.Single(e => e["Name"] == "Note")["Value"].Should().Be("unmanaged");
        entries.Values.Single(e => e["Name"] == "NullSessionPipes")["Value"].Should().Be("$null");
        entries.Values.Single(e => e["Name"] == "RestrictNullSessAccess")["Value"].Should().Be("0");
    }

    [Fact]
    public void Apply_AdditionalSettings_AreRegistryWrites()
    {
        var entries = ScriptData.Settings(Small.Value.File("main/powershell/Apply-Servers.ps1").Text());
        var additional = entries.Where(e => e["Id"].StartsWith("additional.", StringComparison.Ordinal)).ToList();

        additional.Select(e => (e["Name"], e["Type"], e["Cmdlet"])).Should().BeEquivalentTo(new[]
        {
            ("RestrictNullSessAccess", "DWord", "$null"), ("NullSessionPipes", "MultiString", "$null"),
            ("CipherSuiteOrder", "MultiString", "$null"), ("Note", "String", "$null"),
        });
        additional.Single(e => e["Name"] == "NullSessionPipes")["Value"].Should().Be("@('netlogon', 'samr')");
    }

    [Fact]
    public void Scripts_AreUtf8WithBomAndCrlfAndSupportWhatIf()
    {
        foreach (var file in Small.Value.Files.Where(f => f.RelativePath.EndsWith(".ps1", StringComparison.Ordinal)))
        {
            file.Content.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.RelativePath);
            var text = file.Text();
            text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n", file.RelativePath);
            PowerShellLexer.Lex(text).Should().NotBeEmpty();
            if (!file.RelativePath.Contains("/dsc/", StringComparison.Ordinal) && file.RelativePath != "Collect-SmbState.ps1")
            {
                text.Should().Contain("[CmdletBinding(SupportsShouldProcess)]", file.RelativePath);
            }
        }
    }

    [Fact]
    public void Apply_HasTheSharedLogic_FeatureDetectionBuildCheckLogAndReboot()
    {
        var text = Small.Value.File("pilot/powershell/Apply-Servers.ps1").Text();

        text.Should().Contain(".Parameters.ContainsKey($Setting.Parameter)")
            .And.Contain("GetValue('CurrentBuild'")
            .And.Contain("$build -lt $setting.MinimumBuild")
            .And.Contain("$PSCmdlet.ShouldProcess(")
            .And.Contain("Add-Content -LiteralPath $LogPath")
            .And.Contain("Restart the computer to complete");
    }

    [Fact]
    public void ImportScript_ImportsLinksFiltersAndRemovesStaleGpos()
    {
        var text = Small.Value.File("main/Import-main.ps1").Text();

        text.Should().Contain("Import-GPO -BackupId $Import.BackupId -Path $backupPath -TargetName $Import.Name -CreateIfNeeded")
            .And.Contain("New-GPLink @link")
            .And.Contain("Set-GPLink @link")
            .And.Contain("-Level GpoRead -Replace")
            .And.Contain("Remove-GPO -Name $name")
            .And.Contain("$Domain = 'corp.example.com'");
    }
}
