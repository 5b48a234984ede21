using static SmbPolicyCompiler.Core.Tests.PolicyFixture;

namespace SmbPolicyCompiler.Core.Tests.Rules;

public class NoEffectOnSmb2RuleTests
{
    private static string Extra(string value) => Rings + $"""
            additionalSettings:
              - key: HKLM\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters
                value: {value}
                type: dword
                data: 1

        """;

    [Fact]
    public void Check_UsefulAdditionalSetting_ReportsNothing() => With(rings: Extra("RestrictNullSessAccess")).Codes().Should().NotContain("SMB2007");

    [Fact]
    public void Check_EnableSecuritySignature_ReportsSMB2007()
    {
        var d = With(rings: Extra("EnableSecuritySignature")).Single("SMB2007");

        d.Message.Should().Contain("EnableSecuritySignature does nothing for SMB2 and later");
    }

    [Fact]
    public void Check_ClientEnableSecuritySignature_ReportsSMB2007()
    {
        var rings = Extra("EnableSecuritySignature").Replace("LanmanServer", "LanmanWorkstation", StringComparison.Ordinal);

        With(rings: rings).Single("SMB2007").Message.Should().Contain("LanmanWorkstation");
    }

    [Fact]
    public void Check_EnableSecuritySignatureOutsideTheLanmanKeys_ReportsNothing()
    {
        var rings = Extra("EnableSecuritySignature").Replace(@"Services\LanmanServer\Parameters", @"Services\Contoso", StringComparison.Ordinal);

        With(rings: rings).Codes().Should().NotContain("SMB2007");
    }

    [Fact]
    public void Check_AdditionalSettingOwnedByAControl_ReportsSMB2010()
    {
        With(rings: Extra("RequireSecuritySignature")).Single("SMB2010").Message.Should().Contain("managed by the serverSigning control");
    }

    [Fact]
    public void Check_AdditionalSettingOwnedByNoControl_ReportsNoCollision() =>
        With(rings: Extra("RestrictNullSessAccess")).Codes().Should().NotContain("SMB2010");
}

public class EncryptionCapabilityRuleTests
{
    private static string Require(string groups) => Rings.Replace("clientSigning: { audit: 2026-01-01 }", "clientSigning: { audit: 2026-01-01 }\n      clientEncryption: { audit: 2026-01-01, require: 2026-02-01 }");

    [Fact]
    public void Check_CapableClients_ReportsNothing() => With(rings: Require(Groups)).Codes().Should().NotContain("SMB2008");

    [Fact]
    public void Check_ClientsLimitedToSmb21_ReportsSMB2008()
    {
        var groups = Groups.Replace("members: { hosts: [WS1] }", "members: { hosts: [WS1] }\n    maxDialect: SMB210");

        With(groups: groups, rings: Require(groups)).Single("SMB2008").Message.Should().Contain("group 'clients' cannot encrypt (maxDialect SMB210)");
    }

    [Fact]
    public void Check_IncapableClientsHeldBackByException_ReportsNothing()
    {
        var groups = Groups.Replace("members: { hosts: [WS1] }", "members: { hosts: [WS1] }\n    maxDialect: SMB210");
        var exceptions = """
            exceptions:
              - id: E1
                groups: [clients]
                control: clientEncryption
                stage: audit
                reason: old NAS
                owner: me
                expires: 2027-01-01
            """;

        With(groups: groups, rings: Require(groups), exceptions: exceptions).Codes().Should().NotContain("SMB2008");
    }
}

public class ControlWithoutSideRuleTests
{
    [Fact]
    public void Check_ClientControlWithClientGroup_ReportsNothing() => With().Codes().Should().NotContain("SMB2009");

    [Fact]
    public void Check_ClientControlInServerOnlyRing_ReportsSMB2009()
    {
        var rings = Rings.Replace("[servers, clients]", "[servers]");

        var compilation = With(rings: rings + "  - name: later\n    groups: [clients]\n");

        compilation.Single("SMB2009").Message.Should().Contain("ring 'pilot' sets clientSigning, which applies to client groups, but the ring has none");
    }
}
