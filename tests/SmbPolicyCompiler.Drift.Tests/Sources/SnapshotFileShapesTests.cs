using System.Text;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

/// <summary>Files written by hand or by scripts other than the collector's own -OutPath.</summary>
public class SnapshotFileShapesTests : IDisposable
{
    private readonly TempFolder _folder = new("smbpol-snapshots");

    private static string Snapshot(string host, int version = 1) =>
        $$$"""{"schemaVersion": {{{version}}}, "hostName": "{{{host}}}", "dnsName": null, "collectedAt": "2026-11-20T06:00:00Z", "os": {"caption": null, "version": null, "build": 20348, "ubr": null}, "powerShell": "7.4.6", "smbServerConfiguration": null, "smbClientConfiguration": null, "registry": {"serverParameters": [{"name": "SMB1", "type": "DWord", "data": 0}], "serverPolicies": null, "clientParameters": null, "clientPolicies": null}}""";

    private async Task<SourceResult> ReadAsync(string name, string text, Encoding? encoding = null)
    {
        _folder.Write(name, (encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? Encoding.UTF8).GetBytes(text)).ToArray());
        return await new SnapshotSource([_folder.Path]).ReadAsync(DriftCases.Targets, null, CancellationToken.None);
    }

    [Fact]
    public async Task AppendedSnapshots_AreEachRead()
    {
        var result = await ReadAsync("run.json", Snapshot("FS-PAR-01") + "\r\n" + Snapshot("FS-PAR-02") + "\r\n");

        result.Observations.Select(o => (o.Host, o.Source)).Should().Equal(("FS-PAR-01", "snapshot:run.json"), ("FS-PAR-02", "snapshot:run.json#2"));
        result.Observations[0].Registry!.Find(new(@"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters", "SMB1"))!.Number.Should().Be(0);
    }

    [Fact]
    public async Task Utf16WithoutBom_IsRecognised()
    {
        var result = await ReadAsync("FS-PAR-01.json", Snapshot("FS-PAR-01"), new UnicodeEncoding(false, false));

        result.Observations.Should().ContainSingle().Which.Unreadable.Should().BeNull();
    }

    [Fact]
    public async Task Utf16BigEndianWithBom_IsRecognised()
    {
        var result = await ReadAsync("FS-PAR-01.json", Snapshot("FS-PAR-01"), new UnicodeEncoding(true, true));

        result.Observations.Should().ContainSingle().Which.OsBuild.Should().Be(20348);
    }

    [Fact]
    public async Task EmptyFile_IsItsHostUnknown()
    {
        var result = await ReadAsync("FS-PAR-01.json", "  \r\n");

        result.Observations.Should().ContainSingle().Which.Should().Match<HostObservation>(o =>
            o.Host == "FS-PAR-01" && o.Unreadable == "FS-PAR-01.json: the file holds no JSON (it is empty or only whitespace)");
    }

    [Fact]
    public async Task TextAfterTheArray_IsNotedAfterTheSnapshotsBeforeIt()
    {
        var result = await ReadAsync("all.json", "[" + Snapshot("FS-PAR-01") + "]\nPS C:\\> ");

        result.Observations.Should().ContainSingle().Which.Unreadable.Should().BeNull();
        result.Notes.Should().Equal("all.json: line 2, column 1: not valid JSON: 'P' is an invalid start of a value; 1 snapshot(s) before that point were read, the rest of the file was not");
    }

    [Fact]
    public async Task MissingCommaInArray_IsNotedWithItsPlace()
    {
        var result = await ReadAsync("all.json", "[\n" + Snapshot("FS-PAR-01") + "\n" + Snapshot("FS-PAR-02") + "]");

        result.Notes.Should().ContainSingle().Which.Should().StartWith("all.json: line 3, column 1: not valid JSON: '{' is invalid after a value. Expected either ',', '}', or ']'; 1 snapshot(s) before");
    }

    [Fact]
    public async Task ArrayElementWithoutHostName_IsANote()
    {
        var result = await ReadAsync("all.json", "[" + Snapshot("FS-PAR-01") + ", {\"schemaVersion\": 1}]");

        result.Observations.Should().ContainSingle();
        result.Notes.Should().Equal("all.json#2 (line 1): hostName is missing or empty; every snapshot names its computer; the snapshot names no host, so no host is marked unknown for it");
    }

    [Fact]
    public async Task ArrayElementWithHostNameButBadContent_MakesThatHostUnknown()
    {
        var result = await ReadAsync("all.json", "[" + Snapshot("FS-PAR-01").Replace("\"data\": 0", "\"data\": \"zero\"", StringComparison.Ordinal) + "]");

        result.Observations.Should().ContainSingle().Which.Unreadable.Should().Be(
            "all.json#1 (line 1): registry.serverParameters[0].data: a REG_DWORD is a number from 0 to 4294967295, found the text \"zero\"");
    }

    [Theory]
    [InlineData("\"registry\": {\"serverParameters\": null}", "registry.serverPolicies is missing; write null when the key does not exist")]
    [InlineData("\"registry\": []", "registry should be an object with serverParameters, serverPolicies, clientParameters, clientPolicies, found an array")]
    [InlineData("\"registry\": {\"serverParameters\": [{\"name\": \"X\", \"type\": \"Dword2\", \"data\": 1}], \"serverPolicies\": null, \"clientParameters\": null, \"clientPolicies\": null}",
        "registry.serverParameters[0].type 'Dword2' is not a RegistryValueKind (String, ExpandString, Binary, DWord, MultiString, QWord, None, Unknown)")]
    [InlineData("\"registry\": {\"serverParameters\": [{\"name\": \"X\", \"type\": \"QWord\", \"data\": \"-1\"}], \"serverPolicies\": null, \"clientParameters\": null, \"clientPolicies\": null}",
        "registry.serverParameters[0].data: a QWord is an unsigned number written as decimal text, found the text \"-1\"")]
    [InlineData("\"registry\": {\"serverParameters\": [{\"name\": \"X\", \"type\": \"MultiString\", \"data\": \"a\"}], \"serverPolicies\": null, \"clientParameters\": null, \"clientPolicies\": null}",
        "registry.serverParameters[0].data: a MultiString value has a list of texts, found the text \"a\"")]
    public async Task MalformedRegistrySection_NamesThePath(string registry, string problem)
    {
        var text = $$"""{"schemaVersion": 1, "hostName": "FS-PAR-01", {{registry}}}""";

        var result = await ReadAsync("FS-PAR-01.json", text);

        result.Observations.Should().ContainSingle().Which.Unreadable.Should().Be("FS-PAR-01.json (line 1): " + problem);
    }

    [Fact]
    public async Task QWordAndBinaryValues_AreKeptAsNumberAndText()
    {
        var text = Snapshot("FS-PAR-01").Replace("[{\"name\": \"SMB1\", \"type\": \"DWord\", \"data\": 0}]",
            "[{\"name\": \"SMB1\", \"type\": \"QWord\", \"data\": \"18446744073709551615\"}, {\"name\": \"EncryptData\", \"type\": \"QWord\", \"data\": \"5\"}, {\"name\": \"AuditSmb1Access\", \"type\": \"Binary\", \"data\": \"0a0b\"}]",
            StringComparison.Ordinal);

        var registry = (await ReadAsync("FS-PAR-01.json", text)).Observations.Single().Registry!;

        const string Key = @"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters";
        registry.Find(new(Key, "SMB1"))!.Should().Be(ObservedValue.OfText("18446744073709551615"));
        registry.Find(new(Key, "EncryptData"))!.Number.Should().Be(5);
        registry.Find(new(Key, "AuditSmb1Access"))!.Text.Should().Be("0a0b");
    }

    [Fact]
    public async Task NullRegistryKeys_AreCapturedAsEmpty()
    {
        var registry = (await ReadAsync("FS-PAR-01.json", Snapshot("FS-PAR-01"))).Observations.Single().Registry!;

        registry.Captured(@"HKLM\SOFTWARE\Policies\Microsoft\Windows\LanmanServer").Should().BeTrue("null means the key does not exist, so its values are absent");
    }

    [Fact]
    public async Task PropertyNames_MatchIgnoringCase()
    {
        var result = await ReadAsync("FS-PAR-01.json", Snapshot("FS-PAR-01").Replace("\"hostName\"", "\"HostName\"", StringComparison.Ordinal));

        result.Observations.Should().ContainSingle().Which.Unreadable.Should().BeNull();
    }

    public void Dispose() => _folder.Dispose();
}
