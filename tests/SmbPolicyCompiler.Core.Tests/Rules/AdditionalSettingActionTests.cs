using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using static SmbPolicyCompiler.Core.Tests.PolicyFixture;

namespace SmbPolicyCompiler.Core.Tests.Rules;

/// <summary>additionalSettings entries that delete (registry.pol **del. / **delvals.) or hold REG_NONE: their fields must fit the action.</summary>
public class AdditionalSettingActionTests
{
    private static string Extra(string fields) => Rings + "    additionalSettings:\n      - key: HKLM\\SOFTWARE\\Policies\\Contoso\n" +
        string.Concat(fields.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(f => "        " + f + "\n"));

    [Fact]
    public void Load_DeleteAndDeleteValuesAndNone_ReadIntoTheModel()
    {
        var rings = Extra("value: Old\naction: delete") + "      - key: HKLM\\SOFTWARE\\Policies\\Contoso\\List\n        action: deleteValues\n" +
            "      - key: HKLM\\SOFTWARE\\Policies\\Contoso\n        value: Marker\n        type: none\n        data: \"01 02\"\n";

        var compilation = With(rings: rings);

        compilation.Diagnostics.Should().BeEmpty();
        var settings = compilation.Model!.Rings[0].AdditionalSettings;
        settings.Select(s => (s.Action, s.Registry.Key, s.Registry.ValueName)).Should().Equal(
            (AdditionalSettingAction.Delete, @"SOFTWARE\Policies\Contoso", "Old"),
            (AdditionalSettingAction.DeleteValues, @"SOFTWARE\Policies\Contoso\List", ""),
            (AdditionalSettingAction.Set, @"SOFTWARE\Policies\Contoso", "Marker"));
        settings[2].Kind.Should().Be(SettingValueKind.None);
        settings[2].Data.Should().BeEquivalentTo(new byte[] { 1, 2 });
    }

    [Fact]
    public void Load_DeleteWithData_SaysTheFieldDoesNotFit()
    {
        var rings = Extra("value: Old\naction: delete\ntype: dword\ndata: 1");
        var lines = rings.Split('\n').ToList();

        var d = With(rings: rings).Diagnostics;

        d.Should().HaveCount(2).And.OnlyContain(x => x.Code == "SMB0014" && x.Message.Contains("does not fit 'action: delete'"));
        d.Select(x => x.Location.Line).Should().Equal(lines.FindIndex(l => l.Contains("type:")) + 1, lines.FindIndex(l => l.Contains("data:")) + 1);
    }

    [Fact]
    public void Load_DeleteValuesWithAValueName_SaysTheFieldDoesNotFit() =>
        With(rings: Extra("value: Old\naction: deleteValues")).Single("SMB0014").Message.Should().Contain("'value' does not fit 'action: deleteValues'");

    [Fact]
    public void Load_DeleteWithoutValue_NeedsTheValueName() =>
        With(rings: Extra("action: delete")).Single("SMB0012").Message.Should().Contain("'value'").And.Contain("action: delete");

    [Fact]
    public void Load_SetWithoutTypeOrData_NeedsBoth() =>
        With(rings: Extra("value: V")).Diagnostics.Select(x => (x.Code, x.Message[x.Message.IndexOf("needs", StringComparison.Ordinal)..]))
            .Should().BeEquivalentTo([("SMB0012", "needs a 'type' field"), ("SMB0012", "needs a 'data' field")]);

    [Fact]
    public void Load_UnknownAction_IsRejectedByTheSchema() =>
        With(rings: Extra("value: V\naction: remove")).Codes().Should().Contain("SMB0013");

    [Fact]
    public void Check_DeleteValuesOnTheLanmanServerParametersKey_CollidesWithTheControls()
    {
        var rings = Rings + "    additionalSettings:\n      - key: HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters\n        action: deleteValues\n";

        With(rings: rings).Single("SMB2010").Message.Should().Contain("managed by the");
    }

    [Fact]
    public void Check_DeleteOfAControlsValue_Collides()
    {
        var rings = Rings + "    additionalSettings:\n      - key: HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters\n        value: RequireSecuritySignature\n        action: delete\n";

        With(rings: rings).Single("SMB2010").Message.Should().Contain("serverSigning");
    }
}
