using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Tests.Evaluation;

public class WireEvaluationTests
{
    private static HostObservation Wire(bool? signingRequired, bool? smb1, string? failure = null, string? evidence = null) =>
        new("FS01", "wire") { Wire = new WireObservation("fs01:445", signingRequired, signingRequired is null ? null : "3.1.1", smb1, failure) { Smb1Evidence = evidence } };

    [Theory]
    [InlineData(true, DriftStatus.Compliant, "signing required")]
    [InlineData(false, DriftStatus.Drifted, "signing not required")]
    public void Signing_ComparesTheSigningRequiredBit(bool required, DriftStatus expected, string actual)
    {
        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1), Wire(required, false))!;

        verdict.Status.Should().Be(expected);
        verdict.Actual.Should().Be(actual);
        verdict.Detail.Should().Contain("SMB2 NEGOTIATE to fs01:445 (dialect 3.1.1)");
    }

    [Theory]
    [InlineData(true, DriftStatus.Drifted, "SMB1 accepted")]
    [InlineData(false, DriftStatus.Compliant, "SMB1 refused")]
    public void Smb1_DisabledMeansRefusedOnTheWire(bool accepted, DriftStatus expected, string actual)
    {
        var verdict = SettingEvaluator.Evaluate(Desired.Of(Settings.Smb1, 0), Wire(true, accepted, evidence: "dialect NT LM 0.12"))!;

        verdict.Status.Should().Be(expected);
        verdict.Actual.Should().Be(actual);
        verdict.Detail.Should().Contain("dialect NT LM 0.12");
    }

    [Fact]
    public void NoAnswer_IsUnknownWithTheProbeFailure()
    {
        var observation = Wire(null, null, "Timeout: connected, but no reply within 400 ms", "not probed: the SMB2 probe got no answer (Timeout)");

        var signing = SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1), observation)!;
        var smb1 = SettingEvaluator.Evaluate(Desired.Of(Settings.Smb1, 0), observation)!;

        signing.Status.Should().Be(DriftStatus.Unknown);
        signing.Detail.Should().Be("fs01:445: Timeout: connected, but no reply within 400 ms");
        smb1.Status.Should().Be(DriftStatus.Unknown);
        smb1.Detail.Should().Contain("could not tell whether SMB1 is accepted: not probed");
    }

    [Fact]
    public void Smb1OnlyServer_HasNoSigningAnswerButAClearSmb1One()
    {
        var observation = Wire(null, true, "Reset: the server closed the connection");

        SettingEvaluator.Evaluate(Desired.Of(Settings.Smb1, 0), observation)!.Status.Should().Be(DriftStatus.Drifted);
        SettingEvaluator.Evaluate(Desired.Of(Settings.ServerRequireSecuritySignature, 1), observation)!.Status.Should().Be(DriftStatus.Unknown);
    }

    [Fact]
    public void OtherSettings_AreNotVisibleOnTheWire()
    {
        SettingEvaluator.Evaluate(Desired.Of(Settings.AuditSmb1Access, 1), Wire(true, false)).Should().BeNull();
        SettingEvaluator.Evaluate(Desired.Of(Settings.ServerMinSmb2Dialect, 0x311), Wire(true, false)).Should().BeNull();
    }
}
