using Newtonsoft.Json.Linq;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Rules;
using SmbPolicyCompiler.Core.Schema;

namespace SmbPolicyCompiler.Core.Tests.Catalogue;

public class CatalogueTests
{
    private static JObject SchemaJson => JObject.Parse(PolicySchema.Text);

    [Fact]
    public void Schema_ControlTimelines_ListExactlyTheCatalogueStages()
    {
        foreach (var control in ControlCatalogue.All)
        {
            var properties = (JObject)SchemaJson["definitions"]![control.Key + "Timeline"]!["properties"]!;
            properties.Properties().Select(p => p.Name).Should().Equal(control.Stages.Skip(1).Select(s => s.Name), control.Key);
        }
    }

    [Fact]
    public void Schema_ControlAndGateKeys_MatchTheCatalogue()
    {
        var keys = ControlCatalogue.All.Select(c => c.Key).ToList();
        ((JObject)SchemaJson["definitions"]!["controls"]!["properties"]!).Properties().Select(p => p.Name).Should().Equal(keys);
        ((JObject)SchemaJson["definitions"]!["gates"]!["properties"]!).Properties().Select(p => p.Name).Should().Equal(keys);
        SchemaJson["definitions"]!["exception"]!["properties"]!["control"]!["enum"]!.Values<string>().Should().Equal(keys);
    }

    [Fact]
    public void Schema_ExceptionStages_AreEveryCatalogueStage()
    {
        var stages = ControlCatalogue.All.SelectMany(c => c.Stages).Select(s => s.Name).Distinct().Order(StringComparer.Ordinal);
        SchemaJson["definitions"]!["exception"]!["properties"]!["stage"]!["enum"]!.Values<string>().Should().BeEquivalentTo(stages);
    }

    [Fact]
    public void Schema_RollbackKeys_AreTheSettingIds()
    {
        var ids = ControlCatalogue.AllSettings.Select(s => s.Id);
        ((JObject)SchemaJson["definitions"]!["policy"]!["properties"]!["rollback"]!["properties"]!).Properties().Select(p => p.Name)
            .Should().BeEquivalentTo(ids);
    }

    [Fact]
    public void Catalogue_Stages_StartWithInitialAndAreOrdered()
    {
        foreach (var control in ControlCatalogue.All)
        {
            control.Stages[0].Kind.Should().Be(StageKind.Initial, control.Key);
            control.Stages[0].Settings.Should().BeEmpty(control.Key);
            control.Stages.Select(s => s.Order).Should().BeInAscendingOrder(control.Key);
            control.Stages.Skip(1).Should().OnlyContain(s => s.Kind != StageKind.Initial, control.Key);
        }
    }

    [Fact]
    public void Catalogue_EverySettingBelongsToOneControl()
    {
        var owners = ControlCatalogue.All
            .SelectMany(c => c.AllSettings.Select(s => (Setting: s.Id, Control: c.Key)))
            .GroupBy(p => p.Setting);

        owners.Should().OnlyContain(g => g.Count() == 1);
        ControlCatalogue.AllSettings.Select(s => s.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Catalogue_SettingsMatchTheirControlsSides()
    {
        foreach (var control in ControlCatalogue.All)
        {
            control.AllSettings.Should().OnlyContain(s => control.AppliesTo(s.Side), control.Key);
        }
    }

    [Fact]
    public void Catalogue_AdministrativeTemplatesLiveUnderPolicies_OthersUnderServices()
    {
        foreach (var setting in ControlCatalogue.AllSettings)
        {
            var expected = setting.Mechanism == GpoMechanism.AdministrativeTemplate ? @"SOFTWARE\Policies\Microsoft\Windows\" : @"SYSTEM\CurrentControlSet\Services\";
            setting.GpoLocation.Key.Should().StartWith(expected, setting.Id);
        }
    }

    [Fact]
    public void Catalogue_RejectUnencryptedAccessAbsent_MeansReject_NotZero()
    {
        Settings.RejectUnencryptedAccess.Absent.On(20348).Should().Be(1);
        Settings.ServerRequireSecuritySignature.Absent.On(20348).Should().Be(0);
        Settings.ServerRequireSecuritySignature.Absent.On(26100).Should().BeNull("24H2 / 2025 may require signing by default");
        Settings.ServerRequireSecuritySignature.Absent.On(null).Should().BeNull();
    }

    [Fact]
    public void AuditEvents_AreSortedByIdAndUnique_AndHoldEveryEvidenceEvent()
    {
        AuditEvents.All.Select(e => e.Id).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        ControlCatalogue.All.SelectMany(c => c.Evidence).Select(e => e.Event).Should().OnlyContain(e => AuditEvents.All.Contains(e));
        AuditEvents.All.Where(e => e.Id >= 30000).Should().OnlyContain(e => e.LoggedBy == Side.Client && e.Channel == AuditEvents.ClientChannel);
    }

    [Fact]
    public void RegistryKeys_AreTheKeysEverySettingLivesUnder()
    {
        foreach (var setting in ControlCatalogue.AllSettings)
        {
            setting.ReadOrder.Select(l => RegistryKeys.Find(l.Key)).Should().NotContainNulls(setting.Id);
        }

        RegistryKeys.All.Select(k => k.Name).Should().Equal("serverParameters", "serverPolicies", "clientParameters", "clientPolicies");
        RegistryKeys.Find(@"HKLM\system\currentcontrolset\services\lanmanserver\parameters").Should().Be(RegistryKeys.ServerParameters);
    }

    [Fact]
    public void SecurityOptions_HoldTheControlsSecurityOptions_OnceEach()
    {
        SecurityOptions.All.Select(o => o.Location).Should().OnlyHaveUniqueItems();
        foreach (var setting in ControlCatalogue.AllSettings.Where(s => s.Mechanism == GpoMechanism.SecurityOption))
        {
            SecurityOptions.Find(setting.GpoLocation).Should().NotBeNull(setting.Id);
        }

        SecurityOptions.All.Where(o => o.Smb1Only).Select(o => o.Location.ToString()).Should().BeEquivalentTo(
            @"HKLM\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters\EnableSecuritySignature",
            @"HKLM\SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters\EnableSecuritySignature");
    }

    [Fact]
    public void Dialects_AreOneTable_OldestFirst()
    {
        Dialects.All.Select(d => d.Revision).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        Dialects.All.Select(d => d.SambaName).Should().Equal("SMB2_02", "SMB2_10", "SMB3_00", "SMB3_02", "SMB3_11");
        ControlCatalogue.Get(ControlCatalogue.MinimumDialect).Stages.Skip(1).Select(s => s.SambaEquivalent)
            .Should().Equal(Dialects.All.Select(d => $"server min protocol = {d.SambaName}; client min protocol = {d.SambaName}"));
    }

    [Fact]
    public void Diagnostics_EveryRuleHasACatalogueEntryAndUniqueCode()
    {
        DiagnosticCatalogue.All.Select(d => d.Code).Should().OnlyHaveUniqueItems();
        RuleSet.All.Select(r => r.Descriptor).Should().OnlyHaveUniqueItems().And.OnlyContain(d => d.Stage == DiagnosticStage.Rules);
        DiagnosticCatalogue.Of(DiagnosticStage.Rules).Should().BeEquivalentTo(RuleSet.All.Select(r => r.Descriptor), "every rule code has its rule");
    }
}
