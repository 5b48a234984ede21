using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Tests.Evaluation;

public class SettingEvaluatorTests
{
    private static readonly RegistryLocation ServerSigning = Settings.ServerRequireSecuritySignature.ServicesLocation;

    [Fact]
    public void Absent_RejectUnencryptedAccess_MeansRejectSoRequireIsCompliant()
    {
        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.RejectUnencryptedAccess, 1), Desired.Registry(20348))!;

        verdict.Status.Should().Be(DriftStatus.Compliant);
        verdict.Actual.Should().Be("absent (= 1)");
        verdict.Detail.Should().Contain(@"HKLM\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters\RejectUnencryptedAccess: absent")
            .And.Contain("absent means reject unencrypted access");
    }

    [Fact]
    public void Absent_RejectUnencryptedAccess_IsDriftWhenThePolicyWantsItOff()
    {
        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.RejectUnencryptedAccess, 0), Desired.Registry(20348))!;

        verdict.Status.Should().Be(DriftStatus.Drifted, "absence is 1, never 0");
    }

    [Fact]
    public void Absent_RequireSecuritySignatureOnBuild20348_IsNotRequired()
    {
        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1), Desired.Registry(20348))!;

        verdict.Status.Should().Be(DriftStatus.Drifted);
        verdict.Actual.Should().Be("absent (= 0)");
    }

    [Theory]
    [InlineData(26100)]
    [InlineData(26200)]
    [InlineData(null)]
    public void Absent_RequireSecuritySignatureFrom26100OrUnknownBuild_IsUnknownWithoutTheCmdlet(int? build)
    {
        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1), Desired.Registry(build))!;

        verdict.Status.Should().Be(DriftStatus.Unknown);
        verdict.Actual.Should().Be("absent");
        verdict.Detail.Should().Contain($"on build {build?.ToString() ?? "unknown"} absence does not say the value").And.Contain("Get-SmbServerConfiguration");
    }

    [Theory]
    [InlineData(true, DriftStatus.Compliant)]
    [InlineData(false, DriftStatus.Drifted)]
    public void Absent_RequireSecuritySignatureOn26100_TakesTheCmdletValue(bool cmdlet, DriftStatus expected)
    {
        var observation = Desired.Registry(26100).WithServerCmdlet("RequireSecuritySignature", ObservedValue.Of(cmdlet));

        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1), observation)!;

        verdict.Status.Should().Be(expected);
        verdict.Detail.Should().StartWith($"Get-SmbServerConfiguration RequireSecuritySignature = {cmdlet}")
            .And.Contain("registry value absent; the cmdlet reports the effective value");
    }

    [Fact]
    public void Absent_ClientRequireSecuritySignatureOn26100_ReadsTheClientCmdletNotTheServerOne()
    {
        var observation = Desired.Registry(26100).WithServerCmdlet("RequireSecuritySignature", ObservedValue.Of(true));

        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.ClientRequireSecuritySignature, 1), observation)!;

        verdict.Status.Should().Be(DriftStatus.Unknown, "the server's cmdlet says nothing about the client");
        SettingEvaluator.Evaluate(Desired.Of(Settings.ClientRequireSecuritySignature, 1),
            observation.WithClientCmdlet("RequireSecuritySignature", ObservedValue.Of(true)))!.Status.Should().Be(DriftStatus.Compliant);
    }

    [Fact]
    public void Present_RegistryValueWinsOverTheCmdlet()
    {
        var observation = Desired.Registry(26100, (ServerSigning, ObservedValue.Of(0))).WithServerCmdlet("RequireSecuritySignature", ObservedValue.Of(true));

        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1), observation)!;

        verdict.Status.Should().Be(DriftStatus.Drifted);
        verdict.Detail.Should().Be(@"registry HKLM\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters\RequireSecuritySignature = 0");
    }

    [Fact]
    public void RegSzWhereADwordBelongs_IsDriftEvenWhenTheTextLooksRight()
    {
        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1),
            Desired.Registry(20348, (ServerSigning, ObservedValue.OfText("1"))))!;

        verdict.Status.Should().Be(DriftStatus.Drifted);
        verdict.Actual.Should().Be("1");
        verdict.Detail.Should().Contain("holds the text '1'").And.Contain("REG_DWORD");
    }

    [Fact]
    public void AdministrativeTemplate_PolicyKeyIsReadBeforeServices()
    {
        var setting = Settings.AuditClientDoesNotSupportSigning;
        var observation = Desired.Registry(26100, (setting.PolicyLocation, ObservedValue.Of(1)), (setting.ServicesLocation, ObservedValue.Of(0)));

        var verdict = SettingEvaluator.Evaluate(Desired.Of(setting, 1), observation)!;

        verdict.Status.Should().Be(DriftStatus.Compliant);
        verdict.Detail.Should().Contain(@"SOFTWARE\Policies\Microsoft\Windows\LanmanServer\AuditClientDoesNotSupportSigning = 1");
    }

    [Fact]
    public void AdministrativeTemplate_ServicesValueCountsOnlyWhenThePolicyKeyWasCaptured()
    {
        var setting = Settings.AuditClientDoesNotSupportSigning;
        var registry = new ObservedRegistry();
        registry.Add(setting.ServicesLocation.FullKey, setting.ValueName, ObservedValue.Of(1));
        var observation = new HostObservation("FS01", "regexport:FS01.reg") { Registry = registry };

        var verdict = SettingEvaluator.Evaluate(Desired.Of(setting, 1), observation)!;

        verdict.Status.Should().Be(DriftStatus.Unknown);
        verdict.Detail.Should().Contain(@"HKLM\SOFTWARE\Policies\Microsoft\Windows\LanmanServer\AuditClientDoesNotSupportSigning was not captured and Windows reads it first");
    }

    [Fact]
    public void Absent_FromOnlySomeOfTheKeysWindowsReads_IsUnknown()
    {
        var setting = Settings.AuditClientDoesNotSupportSigning;
        var registry = new ObservedRegistry();
        registry.AddKey(setting.ServicesLocation.Key);
        var observation = new HostObservation("FS01", "regexport:FS01.reg") { Registry = registry, OsBuild = 20348 };

        var verdict = SettingEvaluator.Evaluate(Desired.Of(setting, 1), observation)!;

        verdict.Status.Should().Be(DriftStatus.Unknown);
        verdict.Detail.Should().Contain("was not captured and may hold it");
    }

    [Fact]
    public void KeysNotCaptured_AreNotVisibleRatherThanAbsent()
    {
        var registry = new ObservedRegistry();
        registry.AddKey(Settings.ClientRequireSecuritySignature.ServicesLocation.Key);

        SettingEvaluator.Evaluate(Desired.Of(Settings.Smb1, 0), new HostObservation("FS01", "regexport:FS01.reg") { Registry = registry })
            .Should().BeNull("the export holds only the client's key");
    }

    [Fact]
    public void Unreadable_IsUnknownWithTheReason()
    {
        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.Smb1, 0), HostObservation.Failed("FS01", "snapshot:FS01.json", "line 1, column 1: not valid JSON"))!;

        verdict.Should().Be(new SettingEvaluation(DriftStatus.Unknown, "unknown", "line 1, column 1: not valid JSON"));
    }

    [Theory]
    [InlineData(768L, null, DriftStatus.Compliant, "SMB300 (768)")]
    [InlineData(785L, null, DriftStatus.Drifted, "SMB311 (785)")]
    [InlineData(0L, null, DriftStatus.Drifted, "None (no minimum: SMB 2.0.2 and later)")]
    [InlineData(null, "SMB300", DriftStatus.Compliant, "SMB300")]
    [InlineData(null, "None", DriftStatus.Drifted, "None (no minimum: SMB 2.0.2 and later)")]
    [InlineData(3L, null, DriftStatus.Unknown, "3")]
    public void CmdletDialect_IsReadAsADialectCode(long? number, string? text, DriftStatus expected, string actual)
    {
        var value = number is { } n ? ObservedValue.Of(n) : ObservedValue.OfText(text!);
        var observation = Desired.Registry(26100).WithServerCmdlet("Smb2DialectMin", value);

        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.ServerMinSmb2Dialect, 0x300), observation)!;

        verdict.Status.Should().Be(expected);
        verdict.Actual.Should().Be(actual);
    }

    [Fact]
    public void CmdletBooleanFalse_ComparesAsZero()
    {
        var observation = new HostObservation("FS01", "wmi") { ServerConfiguration = new Dictionary<string, ObservedValue> { ["EnableSMB1Protocol"] = ObservedValue.Of(false) } };

        SettingEvaluator.Evaluate(Desired.Of(Settings.Smb1, 0), observation)!.Status.Should().Be(DriftStatus.Compliant);
    }
}
