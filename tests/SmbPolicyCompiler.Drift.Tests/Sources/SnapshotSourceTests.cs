using System.Text.Json;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Sources.Snapshots;
using SmbPolicyCompiler.Drift.Tests.Support;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

public class SnapshotSourceTests
{
    private static readonly string Good = DriftCases.Path("snapshots", "good");

    private static Task<SourceResult> ReadAsync(params string[] paths) => new SnapshotSource(paths).ReadAsync(DriftCases.Targets, null, CancellationToken.None);

    private static async Task<DriftReport> EvaluateAsync(params string[] paths) =>
        DriftEvaluator.Evaluate(DriftCases.Targets, [await ReadAsync(paths)], DriftCases.AsOf, DriftCases.Policy);

    private const string ServerParameters = @"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters";

    private static HostObservation Of(SourceResult result, string host) => result.Observations.Single(o => o.Host == host);

    private static Task<Snapshot> ParseFixtureAsync(string name)
    {
        var item = SnapshotJsonValues.Read(SnapshotFileBytes.ReadUtf8(Path.Combine(Good, name))).First();
        item.Error.Should().BeNull();
        using var document = item.Document!;
        return Task.FromResult(SnapshotParser.Parse(document.RootElement));
    }

    [Fact]
    public async Task Read_GoodFolder_GivesOneObservationPerSnapshotNamedAsThePolicyNamesTheHost()
    {
        var result = await ReadAsync(Good);

        result.Observations.Select(o => o.Host).Should().BeEquivalentTo(
            "FS-PAR-01", "FS-PAR-02", "FS-PAR-03", "FS-PAR-04", "FILESRV-PARIS-LONG01", "FS-NEW-01", "FS-OLD-01", "WS-LAB-99");
        result.Observations.Should().OnlyContain(o => o.Unreadable == null);
        result.Notes.Should().BeEmpty();
    }

    [Fact]
    public async Task Parse_WindowsPowerShell51_DecodesItsEscapesAndBom()
    {
        var snapshot = await ParseFixtureAsync("FS-PAR-01.json");

        snapshot.HostName.Should().Be("FS-PAR-01");
        snapshot.ServerConfiguration!["AnnounceComment"].Text.Should().Be("Paris 'A' <primary> & backup");
        snapshot.ServerConfiguration["EnableSMB1Protocol"].Should().Be(ObservedValue.Of(false));
        snapshot.ServerConfiguration["Smb2CreditsMax"].Number.Should().Be(8192);
        snapshot.Registry.Find(new(ServerParameters, "srvcomment"))!.Text.Should().Be("Paris 'A' <primary> & backup");
        snapshot.Registry.Find(new(ServerParameters, "NullSessionPipes"))!.Text.Should().Be(", ");
        snapshot.Registry.Find(new(ServerParameters, "Guid"))!.Text.Should().Be("8a1cf9e3b06a8c4f9b5d2e7f0c1a3b4d");
        snapshot.Build.Should().Be(20348);
        snapshot.CollectedAt.Should().Be(new DateTimeOffset(2026, 11, 20, 6, 31, 8, TimeSpan.Zero));
    }

    [Fact]
    public async Task Parse_ArrayWrapperOf51_UnwrapsRegistryKeysAndMultiStrings()
    {
        var snapshot = await ParseFixtureAsync("FS-NEW-01.json");

        snapshot.Registry.Find(new(ServerParameters, "NullSessionPipes"))!.Text.Should().Be(", ");
        snapshot.Registry.Find(new(@"SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters", "OtherDomains"))!.Text.Should().BeEmpty();
    }

    [Fact]
    public async Task Read_KeepsOnlyWhatTheCatalogueReads()
    {
        var fs01 = Of(await ReadAsync(Good), "FS-PAR-01");

        fs01.Source.Should().Be("snapshot:FS-PAR-01.json");
        fs01.ServerConfiguration!.Keys.Should().Contain(["EnableSMB1Protocol", "RequireSecuritySignature", "RejectUnencryptedAccess"]).And.NotContain("AnnounceComment");
        fs01.Registry!.Find(new(ServerParameters, "srvcomment")).Should().BeNull();
        fs01.Registry.Find(new(ServerParameters, "SMB1"))!.Number.Should().Be(0);
        fs01.OsBuild.Should().Be(20348);
        fs01.CollectedAt.Should().Be(new DateTimeOffset(2026, 11, 20, 6, 31, 8, TimeSpan.Zero));
    }

    [Fact]
    public async Task Read_Utf16FromRedirection_ReadsLikeUtf8()
    {
        var fs03 = Of(await ReadAsync(Good), "FS-PAR-03");

        fs03.OsBuild.Should().Be(26100);
        fs03.ServerConfiguration!["Smb2DialectMin"].Number.Should().Be(768);
        fs03.Registry!.Find(new("SOFTWARE\\Policies\\Microsoft\\Windows\\LanmanServer", "MinSmb2Dialect"))!.Number.Should().Be(768);
    }

    [Fact]
    public async Task Read_ArrayWrapperOf51_IsUnwrapped()
    {
        var new01 = Of(await ReadAsync(Good), "FS-NEW-01");

        new01.ClientConfiguration.Should().BeNull("Get-SmbClientConfiguration failed on that host");
        new01.Registry!.Find(new("SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters", "AuditSmb1Access"))!.Number.Should().Be(1);
        new01.Registry.Find(new("SOFTWARE\\Policies\\Microsoft\\Windows\\LanmanWorkstation", "MinSmb2Dialect"))!.Number.Should().Be(768);
    }

    [Fact]
    public async Task Read_HostsThatAreNotChecked_KeepOnlyWhatIdentifiesThem()
    {
        var result = await ReadAsync(Good);

        Of(result, "WS-LAB-99").Should().Match<HostObservation>(o => o.Registry == null && o.ServerConfiguration == null && o.OsBuild == 22631);
        Of(result, "FS-OLD-01").Registry.Should().BeNull("its group is in no ring, so nothing is compared");
        Of(result, "FS-PAR-02").Registry.Should().NotBeNull();
    }

    [Fact]
    public async Task Read_ArrayFile_NamesEachSnapshotByItsPlace()
    {
        var result = await ReadAsync(Good);

        Of(result, "FS-PAR-04").Source.Should().Be("snapshot:collected/paris-array.json#1");
        Of(result, "FILESRV-PARIS-LONG01").Source.Should().Be("snapshot:collected/paris-array.json#2", "FILESRV-PARIS-L is matched by its DNS name");
    }

    [Fact]
    public async Task Evaluate_GoodFolder_JudgesEachHostAsItsSnapshotSays()
    {
        var report = await EvaluateAsync(Good);

        string Status(string host) => report.Hosts.Single(h => h.Host == host).Status.ToString();
        DriftFinding Finding(string host, string setting) => report.Findings.Single(f => f.Host == host && f.Setting == setting);
        Status("FS-PAR-01").Should().Be("Compliant", string.Join("\n", report.Findings.Where(f => f.Host == "FS-PAR-01")));
        Finding("FS-PAR-01", "server.RejectUnencryptedAccess").Detail.Should().Contain("Get-SmbServerConfiguration RejectUnencryptedAccess = True (registry value absent");
        Status("FS-PAR-02").Should().Be("Drifted");
        report.Findings.Where(f => f.Host == "FS-PAR-02" && f.Status == DriftStatus.Drifted).Select(f => f.Setting).Should().BeEquivalentTo(
            "server.RequireSecuritySignature", "server.SMB1", "server.EncryptData", "server.AuditClientDoesNotSupportSigning",
            "server.AuditClientDoesNotSupportEncryption", "server.MinSmb2Dialect");
        Finding("FS-PAR-02", "server.SMB1").Actual.Should().Be("absent (= 1)");
        Finding("FS-PAR-02", "server.RejectUnencryptedAccess").Status.Should().Be(DriftStatus.Compliant, "absent means reject");
        Status("FS-PAR-03").Should().Be("Compliant");
        Finding("FS-PAR-03", "server.RequireSecuritySignature").Detail.Should().StartWith("Get-SmbServerConfiguration RequireSecuritySignature = True");
        Status("FS-PAR-04").Should().Be("Compliant", "the exception holds signing at audit");
        Status("FILESRV-PARIS-LONG01").Should().Be("Compliant");
        Finding("FS-NEW-01", "client.RequireSecuritySignature").Status.Should().Be(DriftStatus.Unknown, "absent on build 26100 without the cmdlet's value");
        Status("FS-OLD-01").Should().Be("Unmanaged");
        Status("WS-LAB-99").Should().Be("Unmanaged");
    }

    [Theory]
    [InlineData("not-json", "FS-BAD-01", "FS-BAD-01.json: line 1, column 1: not valid JSON: 'I' is an invalid start of a value")]
    [InlineData("truncated", "FS-BAD-02", "FS-BAD-02.json: line ")]
    [InlineData("unknown-version", "FS-BAD-03", "schemaVersion is the number 2, and this smbpol reads schemaVersion 1")]
    [InlineData("no-hostname", "FS-BAD-04", "FS-BAD-04.json (line 1): hostName is missing or empty")]
    public async Task Evaluate_BadSnapshot_MakesOnlyItsHostUnknown(string folder, string host, string reason)
    {
        var report = await EvaluateAsync(Good, DriftCases.Path("snapshots", "bad", folder));

        var bad = report.Findings.Where(f => f.Host == host).ToList();
        bad.Should().NotBeEmpty().And.OnlyContain(f => f.Status == DriftStatus.Unknown && f.Detail.Contains(reason), string.Join("\n", bad.Select(f => f.Detail).Distinct()));
        report.Hosts.Single(h => h.Host == "FS-PAR-01").Status.Should().Be(DriftStatus.Compliant, "the good snapshots are still read");
        report.Hosts.Single(h => h.Host == "FS-PAR-02").Status.Should().Be(DriftStatus.Drifted);
        report.Notes.Should().BeEmpty();
    }

    [Fact]
    public async Task Evaluate_TruncatedSnapshot_SaysItEndsInsideAValue()
    {
        var result = await ReadAsync(DriftCases.Path("snapshots", "bad", "truncated"));

        Of(result, "FS-BAD-02").Unreadable.Should().MatchRegex(@"^FS-BAD-02\.json: line \d+, column \d+: the file ends in the middle of a value \(truncated\?\)$");
    }

    [Fact]
    public async Task Evaluate_TruncatedArray_KeepsTheSnapshotsBeforeTheBreakAndNotesTheRest()
    {
        var report = await EvaluateAsync(Good, DriftCases.Path("snapshots", "bad", "truncated-array"));

        report.Hosts.Single(h => h.Host == "FS-BAD-05").Status.Should().Be(DriftStatus.Compliant);
        report.Findings.Where(f => f.Host == "FS-BAD-06").Should().OnlyContain(f => f.Status == DriftStatus.Unknown && f.Detail.Contains("see the notes"));
        report.Notes.Should().ContainSingle().Which.Should().MatchRegex(
            @"^snapshot: estate\.json: line \d+, column \d+: .+; 1 snapshot\(s\) before that point were read, the rest of the file was not$");
    }

    [Fact]
    public async Task Evaluate_TwoSnapshotsOfOneHost_MakesItUnknownNamingBoth()
    {
        var report = await EvaluateAsync(Good, DriftCases.Path("snapshots", "bad", "duplicate"));

        var findings = report.Findings.Where(f => f.Host == "FS-PAR-01").ToList();
        findings.Should().OnlyContain(f => f.Status == DriftStatus.Unknown);
        findings[0].Source.Should().Be("snapshot:FS-PAR-01.json+old-run/FS-PAR-01.json");
        findings[0].Detail.Should().Be("2 snapshots for this host: FS-PAR-01.json (collected 2026-11-20T06:31:08Z); old-run/FS-PAR-01.json (collected 2026-11-13T06:30:55Z); " +
                                       "keep one per host (remove the stale one) so it is clear which is current");
        report.Hosts.Single(h => h.Host == "FS-PAR-02").Status.Should().Be(DriftStatus.Drifted);
    }

    [Fact]
    public async Task Read_MissingFolder_IsUnavailable()
    {
        var read = () => ReadAsync(DriftCases.Path("snapshots", "no-such-folder"));

        (await read.Should().ThrowAsync<SourceUnavailableException>()).WithMessage("snapshot: '*no-such-folder' is neither a file nor a folder");
    }
}
