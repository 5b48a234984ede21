using SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>
/// The synthetic SMBServer/Audit .evtx (<see cref="SmbAuditEvtx"/>) read by us and by the two independent readers:
/// all three see the records as written. The reference readers agreeing is what shows the test-only writer is right.
/// </summary>
[Trait("Category", "Interop")]
public sealed class SyntheticAuditEvtxTests
{
    [Fact]
    public void Read_SyntheticAuditFile_GivesTheWrittenRecords()
    {
        var (ours, problems) = EvtxReading.Read(SmbAuditEvtx.Build(), "smb-audit.evtx");

        problems.Should().BeEmpty();
        ours.Select(e => e.RecordId).Should().Equal(SmbAuditEvtx.Records.Select(r => (long?)r.RecordId));
        foreach (var (read, written) in ours.Zip(SmbAuditEvtx.Records))
        {
            (read.Provider, read.Channel, read.Computer).Should().Be((SmbAuditTemplates.Provider, SmbAuditTemplates.Channel, written.Computer));
            (read.EventId, read.Version, read.Level, read.TimeUtc).Should().Be((written.EventId, (int?)written.Version, (int?)4, (DateTime?)written.TimeUtc));
            read.Fields.Select(f => (f.Key, f.Value)).Should().Equal(written.Fields.Select(f => (f.Name, f.Rendered)), $"record {written.RecordId}");
        }
    }

    [Fact]
    public void Read_SyntheticAuditFile_SameRecordsAsEvtxexport()
    {
        using var folder = new TempFolder();
        var path = folder.Write("smb-audit.evtx", SmbAuditEvtx.Build());
        var reference = ReferenceReaders.Evtxexport(path);

        var differences = ReferenceComparison.Differences(EvtxReading.Read(path).Events, reference, python: false);

        reference.Should().HaveCount(SmbAuditEvtx.Records.Count);
        reference.Select(r => r.Data.Count).Should().Equal(SmbAuditEvtx.Records.Select(r => r.Fields.Count));
        differences.Should().BeEmpty($"first differences:\n{string.Join("\n", differences.Take(20))}");
    }

    [Fact]
    public void Read_SyntheticAuditFile_SameRecordsAsPythonEvtx()
    {
        using var folder = new TempFolder();
        var path = folder.Write("smb-audit.evtx", SmbAuditEvtx.Build());
        var reference = ReferenceReaders.PythonEvtx(path);

        var differences = ReferenceComparison.Differences(EvtxReading.Read(path).Events, reference, python: true);

        reference.Should().HaveCount(SmbAuditEvtx.Records.Count);
        reference.Select(r => r.Data.Count).Should().Equal(SmbAuditEvtx.Records.Select(r => r.Fields.Count));
        differences.Should().BeEmpty($"first differences:\n{string.Join("\n", differences.Take(20))}");
    }
}
