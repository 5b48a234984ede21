using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Tests.Support;

namespace SmbPolicyCompiler.Drift.Tests.Evaluation;

public class DriftEvaluatorTests
{
    private static HostObservation WireOf(string host, bool signingRequired, bool smb1) =>
        new(host, "wire") { Wire = new WireObservation(host.ToLowerInvariant() + ":445", signingRequired, "3.1.1", smb1, null) };

    private static DriftReport Evaluate(params SourceResult[] readings) =>
        DriftEvaluator.Evaluate(DriftCases.Targets, readings, DriftCases.AsOf, DriftCases.Policy);

    [Fact]
    public void HostNoSourceRead_IsUnknownForEverySetting()
    {
        var report = Evaluate(SourceResult.Of("snapshot", []));

        var findings = report.Findings.Where(f => f.Host == "FS-PAR-01").ToList();
        findings.Should().HaveCount(DriftCases.Host("FS-PAR-01").Settings.Count);
        findings.Should().OnlyContain(f => f.Status == DriftStatus.Unknown && f.Detail == "no source read this host (used: snapshot)" && f.Source == "-");
        report.Hosts.Single(h => h.Host == "FS-PAR-01").Status.Should().Be(DriftStatus.Unknown);
    }

    [Fact]
    public void WireOnly_ComparesSigningAndSmb1AndCallsTheRestNotVisible()
    {
        var report = Evaluate(SourceResult.Of("wire", [WireOf("FS-PAR-01", true, false)]));

        var findings = report.Findings.Where(f => f.Host == "FS-PAR-01").ToList();
        findings.Where(f => f.Status == DriftStatus.Compliant).Select(f => f.Setting).Should().BeEquivalentTo("server.RequireSecuritySignature", "server.SMB1");
        findings.Where(f => f.Status != DriftStatus.Compliant).Should().OnlyContain(f => f.Status == DriftStatus.NotVisible && f.Detail.Contains("the wire shows only"));
        report.Hosts.Single(h => h.Host == "FS-PAR-01").Status.Should().Be(DriftStatus.Compliant, "what the wire can see matches");
        report.HasUnknown.Should().BeTrue("the other hosts were not probed");
        report.HasDrift.Should().BeFalse();
    }

    [Fact]
    public void HostStatus_DriftBeatsUnknownBeatsCompliant()
    {
        var report = Evaluate(
            SourceResult.Of("wire", [WireOf("FS-PAR-01", false, false), WireOf("FS-PAR-02", true, false)]),
            SourceResult.Of("snapshot", [HostObservation.Failed("FS-PAR-01", "snapshot:FS-PAR-01.json", "broken"), HostObservation.Failed("FS-PAR-02", "snapshot:FS-PAR-02.json", "broken")]));

        report.Hosts.Single(h => h.Host == "FS-PAR-01").Status.Should().Be(DriftStatus.Drifted);
        report.Hosts.Single(h => h.Host == "FS-PAR-02").Status.Should().Be(DriftStatus.Unknown);
        report.Findings.Where(f => f.Host == "FS-PAR-01" && f.Setting == "server.RequireSecuritySignature").Select(f => (f.Source, f.Status))
            .Should().Equal(("snapshot:FS-PAR-01.json", DriftStatus.Unknown), ("wire", DriftStatus.Drifted));
    }

    [Fact]
    public void HostOutsideThePolicy_IsUnmanagedWithWhatWasSeen()
    {
        var report = Evaluate(SourceResult.Of("wire", [WireOf("NAS-99", true, true)]));

        var finding = report.Findings.Single(f => f.Host == "NAS-99");
        finding.Status.Should().Be(DriftStatus.Unmanaged);
        finding.Detail.Should().Be("not a host of the policy; nothing to compare with");
        finding.Actual.Should().Be("nas-99:445: SMB 3.1.1, signing required, SMB1 accepted");
        report.HasDrift.Should().BeFalse("there is no desired state to drift from");
    }

    [Fact]
    public void PolicyHostInNoRing_IsUnmanagedSayingSo()
    {
        var report = Evaluate(SourceResult.Of("snapshot", [new HostObservation("fs-old-01", "snapshot:FS-OLD-01.json") { OsBuild = 14393 }]));

        var finding = report.Findings.Single(f => f.Status == DriftStatus.Unmanaged);
        finding.Host.Should().Be("FS-OLD-01", "the policy's spelling wins");
        finding.Group.Should().Be("parked");
        finding.Detail.Should().Contain("group 'parked'").And.Contain("in no ring");
        finding.Actual.Should().Be("read (build 14393)");
    }

    [Fact]
    public void ExtraTargetNamingNoPolicyHost_IsUnmanagedEvenWhenNothingAnswered()
    {
        var targets = DriftTargets.Resolve(DriftCases.Policy, [new TargetSpec(null, SmbPolicyCompiler.Drift.Wire.HostTarget.Parse("10.9.9.9"))]);

        var report = DriftEvaluator.Evaluate(targets, [SourceResult.Of("snapshot", [])], DriftCases.AsOf, DriftCases.Policy);

        var finding = report.Findings.Single(f => f.Host == "10.9.9.9");
        finding.Status.Should().Be(DriftStatus.Unmanaged);
        finding.Actual.Should().Be("not read");
    }

    [Fact]
    public void Exception_ChangesWhatIsExpectedAndSaysWhoDecided()
    {
        var report = Evaluate(SourceResult.Of("wire", [WireOf("FS-PAR-04", false, false)]));

        var findings = report.Findings.Where(f => f.Host == "FS-PAR-04").ToList();
        findings.Should().NotContain(f => f.Setting == "server.RequireSecuritySignature", "the exception holds serverSigning at audit");
        var audit = findings.Single(f => f.Setting == "server.AuditClientDoesNotSupportSigning");
        audit.Stage.Should().Be("audit");
        audit.DecidedBy!.Kind.Should().Be(ProvenanceKind.Exception);
        audit.DecidedBy.Name.Should().Be("EXC-2026-001");
        audit.DecidedBy.Location.Line.Should().BePositive();
    }

    [Fact]
    public void Notes_AreKeptWithTheirSourceAndCountAsUnknown()
    {
        var report = Evaluate(new SourceResult("snapshot", [], ["all.json: line 3, column 1: broken"]));

        report.Notes.Should().Equal("snapshot: all.json: line 3, column 1: broken");
        report.HasUnknown.Should().BeTrue();
        report.Findings.First().Detail.Should().EndWith("some input could not be read, see the notes");
    }

    [Fact]
    public void Findings_AreSortedByHostControlSettingAndSource()
    {
        var report = Evaluate(
            SourceResult.Of("wire", [WireOf("FS-PAR-02", true, false), WireOf("FS-PAR-01", true, false)]),
            SourceResult.Of("snapshot", [HostObservation.Failed("FS-PAR-01", "snapshot:x", "broken")]));

        var keys = report.Findings.Select(f => (f.Host, f.Control, f.Setting, f.Source)).ToList();
        keys.Should().BeInAscendingOrder(Comparer<(string Host, string Control, string Setting, string Source)>.Create((a, b) =>
        {
            var c = StringComparer.OrdinalIgnoreCase.Compare(a.Host, b.Host);
            c = c != 0 ? c : string.CompareOrdinal(a.Control, b.Control);
            c = c != 0 ? c : string.CompareOrdinal(a.Setting, b.Setting);
            return c != 0 ? c : string.CompareOrdinal(a.Source, b.Source);
        }));
        report.Hosts.Select(h => h.Host).Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void WireBesideSnapshots_HostWithoutASnapshot_IsUnknownForWhatOnlyTheSnapshotCouldSee()
    {
        var report = Evaluate(
            SourceResult.Of("wire", [WireOf("FS-PAR-01", true, false), WireOf("FS-PAR-02", true, false)]),
            SourceResult.Of("snapshot", [new HostObservation("FS-PAR-01", "snapshot:FS-PAR-01.json") { OsBuild = 20348 }]));

        var fs02 = report.Findings.Where(f => f.Host == "FS-PAR-02").ToList();
        fs02.Where(f => f.Setting is "server.RequireSecuritySignature" or "server.SMB1").Should().OnlyContain(f => f.Status == DriftStatus.Compliant);
        fs02.Where(f => f.Setting is not ("server.RequireSecuritySignature" or "server.SMB1")).Should().NotBeEmpty()
            .And.OnlyContain(f => f.Status == DriftStatus.Unknown && f.Detail.StartsWith("snapshot has no reading of this host", StringComparison.Ordinal));
        report.Hosts.Single(h => h.Host == "FS-PAR-02").Status.Should().Be(DriftStatus.Unknown);
        report.Findings.Where(f => f.Host == "FS-PAR-01" && f.Setting == "server.EncryptData").Should().OnlyContain(f => f.Status == DriftStatus.NotVisible,
            "FS-PAR-01 has a snapshot; it just does not hold that key");
    }
}
