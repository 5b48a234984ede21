using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

public class RegistryExportSourceTests
{
    private static readonly string Folder = DriftCases.Path("regexport");

    private static async Task<DriftReport> EvaluateAsync()
    {
        var result = await new RegistryExportSource([Folder]).ReadAsync(DriftCases.Targets, null, CancellationToken.None);
        return DriftEvaluator.Evaluate(DriftCases.Targets, [result], DriftCases.AsOf, DriftCases.Policy);
    }

    [Fact]
    public async Task Read_Utf16ExportsInAHostFolder_AreMergedWithTheBuild()
    {
        var result = await new RegistryExportSource([Folder]).ReadAsync(DriftCases.Targets, null, CancellationToken.None);

        var fs01 = result.Observations.Single(o => o.Host == "FS-PAR-01");
        fs01.Source.Should().Be("regexport:FS-PAR-01/currentversion.reg+FS-PAR-01/policies.reg+FS-PAR-01/server-parameters.reg");
        fs01.OsBuild.Should().Be(20348);
        fs01.Registry!.Find(Settings.ServerRequireSecuritySignature.ServicesLocation)!.Number.Should().Be(1, "value names match ignoring case");
        fs01.Registry.Captured(@"SOFTWARE\Policies\Microsoft\Windows\LanmanWorkstation").Should().BeTrue("the export of the parent key covers it");
    }

    [Fact]
    public async Task Evaluate_CompleteExport_IsCompliantWithAbsenceRead()
    {
        var report = await EvaluateAsync();

        var fs01 = report.Findings.Where(f => f.Host == "FS-PAR-01").ToList();
        fs01.Should().OnlyContain(f => f.Status == DriftStatus.Compliant, string.Join("\n", fs01));
        fs01.Single(f => f.Setting == "server.RejectUnencryptedAccess").Actual.Should().Be("absent (= 1)");
        fs01.Single(f => f.Setting == "server.MinSmb2Dialect").Detail.Should().Contain(@"HKLM\SOFTWARE\Policies\Microsoft\Windows\LanmanServer\MinSmb2Dialect = 768");
    }

    [Fact]
    public async Task Evaluate_Utf8ExportOfParametersOnly_FlagsTheStringAndLeavesPolicyValuesUnknown()
    {
        var report = await EvaluateAsync();

        DriftFinding Finding(string setting) => report.Findings.Single(f => f.Host == "FS-PAR-02" && f.Setting == setting);
        Finding("server.RequireSecuritySignature").Should().Match<DriftFinding>(f => f.Status == DriftStatus.Drifted && f.Actual == "1" && f.Detail.Contains("holds the text '1'"));
        Finding("server.SMB1").Status.Should().Be(DriftStatus.Drifted);
        Finding("server.AuditSmb1Access").Status.Should().Be(DriftStatus.Compliant);
        Finding("server.AuditClientDoesNotSupportSigning").Should().Match<DriftFinding>(f => f.Status == DriftStatus.Unknown && f.Detail.Contains("was not captured and may hold it"));
    }

    [Fact]
    public async Task Evaluate_NotARegFile_MakesItsHostUnknownWithTheLine()
    {
        var report = await EvaluateAsync();

        report.Findings.Where(f => f.Host == "FS-BAD-01").Should().OnlyContain(f =>
            f.Status == DriftStatus.Unknown && f.Source == "regexport:FS-BAD-01.reg" && f.Detail.Contains("FS-BAD-01.reg: line 1: expected the header 'Windows Registry Editor Version 5.00'"));
    }

    [Fact]
    public async Task Read_OneBadFileOfAHost_KeepsItsOtherFiles()
    {
        using var folder = new TestSupport.TempFolder("smbpol-regexport");
        File.Copy(Path.Combine(Folder, "FS-PAR-01", "server-parameters.reg"), folder.Combine("FS-PAR-01.server.reg"));
        folder.Write("FS-PAR-01.policies.reg", "garbage");

        var result = await new RegistryExportSource([folder.Path]).ReadAsync(DriftCases.Targets, null, CancellationToken.None);

        result.Observations.Select(o => (o.Host, o.Source, o.Unreadable is null)).Should().BeEquivalentTo(
            [("FS-PAR-01", "regexport:FS-PAR-01.server.reg", true), ("FS-PAR-01", "regexport:FS-PAR-01.policies.reg", false)]);
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 0 }, "REG_DWORD 01 00 00")]
    [InlineData(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0 }, "REG_DWORD 01 00 00 00 00 00 00 00")]
    public void ToObserved_DwordWithTheWrongLength_IsTextNotACrash(byte[] data, string text)
    {
        var observed = RegistryExportSource.ToObserved(RegistryValue.FromRaw(RegistryValueType.DWord, data));

        observed.Should().Be(ObservedValue.OfText(text));
    }

    [Fact]
    public void ToObserved_QWordAboveLongRange_IsText()
    {
        RegistryExportSource.ToObserved(RegistryValue.QWord(ulong.MaxValue)).Number.Should().BeNull();
        RegistryExportSource.ToObserved(RegistryValue.QWord(7)).Number.Should().Be(7);
    }
}
