using System.Buffers.Binary;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Events.Evtx;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>Damage in real and deliberately damaged files: counted and reported with file, chunk and offset; the rest still read.</summary>
public sealed class EvtxDamageTests
{
    private const int Header = 4096;
    private const int Chunk = 65536;

    [Fact]
    public void Read_BadChunkMagicSample_SkipsRemnantsAndResumesAfterZeroedRecords()
    {
        var (events, problems) = EvtxReading.Read(EvtxCorpus.PathOf("sample_with_a_bad_chunk_magic.evtx"));

        var damage = Damage(problems);
        damage.Should().Contain(m => m.StartsWith("chunk 6 (offset 0x61000): no chunk signature", StringComparison.Ordinal));
        damage.Should().Contain(m => m.StartsWith("chunk 10 (offset 0xA1000): no chunk signature", StringComparison.Ordinal));
        damage.Should().Contain(m => m.StartsWith("chunk 7 ", StringComparison.Ordinal) && m.Contains("after record 47639") &&
            m.Contains("reading resumed at record 47675") && m.Contains("35 records lost (ids 47640-47674)"));
        damage.Should().Contain(m => m.StartsWith("chunk 0 ", StringComparison.Ordinal) && m.Contains("after record 46740") && m.Contains("no intact record follows"));
        events.Select(e => e.RecordId).Should().Contain([47675, 47705]).And.NotContain(47640).And.OnlyHaveUniqueItems();
        events.Should().HaveCount(267 + 31, "libevtx's 267 records plus the 31 intact ones after the zeroed records of chunk 7");
    }

    [Fact]
    public void Read_DirtyFileWhoseChunkHeaderIsAhead_ReportsDirtyAndTheMissingRecords()
    {
        var (events, problems) = EvtxReading.Read(EvtxCorpus.PathOf("Microsoft-Windows-HelloForBusiness%4Operational.evtx"));

        events.Select(e => e.RecordId).Should().Equal(1, 2, 3, 4, 5);
        problems.Should().Contain(p => p.Kind == ReadProblemKind.EvtxDirty);
        Damage(problems).Should().Contain(m => m.Contains("after record 5") && m.Contains("15 records lost (ids 6-20)"));
    }

    [Theory]
    [InlineData("system.evtx", 1881)]
    [InlineData("security.evtx", 2261)]
    [InlineData("Application_no_crc32.evtx", 17)]
    public void Read_IntactFile_ReportsNoDamage(string name, int records)
    {
        var (events, problems) = EvtxReading.Read(EvtxCorpus.PathOf(name));

        events.Should().HaveCount(records);
        Damage(problems).Should().BeEmpty("a file without CRC32 (flag 0x4) or with a dirty header is not damaged");
    }

    [Fact]
    public void Read_StaleDataAfterTheLastChunk_IsReportedPerChunk()
    {
        var (events, problems) = EvtxReading.Read(EvtxCorpus.PathOf("sysmon.evtx"));

        events.Should().HaveCount(358);
        Damage(problems).Where(m => m.Contains("no chunk signature")).Should().HaveCount(8);
    }

    [Fact]
    public void Read_FlippedByteInARecord_ReportsTheRecordsChecksumAndStillReadsTheChunk()
    {
        var file = Corpus("system.evtx");
        var record = Header + 512;
        file[record + 200] ^= 0x01;

        var (events, problems) = EvtxReading.Read(file, "flipped.evtx");

        Damage(problems).Should().ContainSingle().Which.Should().StartWith("chunk 0 (offset 0x1000): the records checksum does not match");
        events.Should().HaveCount(1881);
    }

    [Fact]
    public void Read_DamagedChunkHeader_ReportsItAndReadsTheRecordsWithChecks()
    {
        var file = Corpus("system.evtx");
        file[Header + Chunk + 60] ^= 0xFF;

        var (events, problems) = EvtxReading.Read(file, "header.evtx");

        Damage(problems).Should().ContainSingle().Which.Should().StartWith("chunk 1 (offset 0x11000): the chunk header checksum does not match");
        events.Should().HaveCount(1881);
    }

    [Fact]
    public void Read_BadChunkSignature_SkipsThatChunkOnly()
    {
        var file = Corpus("system.evtx");
        file[Header + Chunk] = (byte)'X';

        var (events, problems) = EvtxReading.Read(file, "magic.evtx");

        Damage(problems).Should().ContainSingle().Which.Should().StartWith("chunk 1 (offset 0x11000): no chunk signature");
        events.Should().HaveCount(1881 - 102);
        events.Select(e => e.RecordId).Should().NotContain(109).And.Contain([108, 211]);
    }

    [Fact]
    public void Read_TruncatedInsideAChunk_ReadsTheRecordsBeforeTheCut()
    {
        var file = Corpus("system.evtx")[..(Header + (2 * Chunk) + 30000)];

        var (events, problems) = EvtxReading.Read(file, "cut.evtx");

        Damage(problems).Should().Contain(m => m.StartsWith("chunk 2 (offset 0x21000): the file ends 30000 bytes into this chunk", StringComparison.Ordinal));
        events.Should().HaveCountGreaterThan(210).And.HaveCountLessThan(326);
        events.Select(e => e.RecordId).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(8)]
    [InlineData(100)]
    [InlineData(4000)]
    public void Read_TruncatedHeader_ReportsItAndReadsNothing(int length)
    {
        var (events, problems) = EvtxReading.Read(Corpus("system.evtx")[..length], "short.evtx");

        events.Should().BeEmpty();
        Damage(problems).Should().ContainSingle().Which.Should().Contain("into its 4096-byte header");
    }

    [Fact]
    public void Read_DirtyFlag_IsReportedAsDirtyNotAsDamage()
    {
        var file = Corpus("Application_no_crc32.evtx");
        file[120] |= 0x01;

        var (_, problems) = EvtxReading.Read(file, "dirty.evtx");

        problems.Should().ContainSingle().Which.Kind.Should().Be(ReadProblemKind.EvtxDirty);
    }

    [Fact]
    public void Read_RecordReachingPastTheUsedArea_IsSkippedAndReadingResumes()
    {
        var file = Corpus("system.evtx");
        var second = Header + 512 + Size(file, Header + 512);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(second + 4), 65000);

        var (events, problems) = EvtxReading.Read(file, "outside.evtx");

        Damage(problems).Should().Contain(m => m.Contains("reaches past the used area") && m.Contains("reading resumed at record 3") && m.Contains("1 record lost (id 2)"));
        events.Select(e => e.RecordId).Should().NotContain(2).And.Contain([1, 3]);
    }

    [Fact]
    public void Read_RecordOfSizeZero_IsSkippedWithoutLooping()
    {
        var file = Corpus("system.evtx");
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(Header + 512 + 4), 0);

        var (events, problems) = EvtxReading.Read(file, "zero.evtx");

        Damage(problems).Should().Contain(m => m.Contains("a record size of 0"));
        events.Should().HaveCount(1881 - 1);
    }

    [Fact]
    public void Read_IntactRecordCopiedIntoSlack_IsNotAnEvent()
    {
        var file = Corpus("system.evtx");
        var chunk = Header + (14 * Chunk);
        var free = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(chunk + 48));
        var last = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(chunk + 44));
        var size = Size(file, chunk + last);
        file.AsSpan(chunk + last, size).CopyTo(file.AsSpan(chunk + free));
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(chunk + free + 8), 999_999);

        var (events, problems) = EvtxReading.Read(file, "slack.evtx");

        events.Should().HaveCount(1881);
        events.Select(e => e.RecordId).Should().NotContain(999_999);
        Damage(problems).Should().BeEmpty();
    }

    [Fact]
    public void Read_HeaderOnly_HasNoRecordsAndNoDamage()
    {
        var (events, problems) = EvtxReading.Read(Corpus("Application_no_crc32.evtx")[..Header], "empty.evtx");

        events.Should().BeEmpty();
        Damage(problems).Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Read_OnAnyNumberOfThreads_GivesTheSameRecordsInFileOrder(int threads)
    {
        var path = EvtxCorpus.PathOf("sample_with_a_bad_chunk_magic.evtx");
        var (reference, referenceProblems) = EvtxReading.Read(path, threads: 1);

        var (events, problems) = EvtxReading.Read(path, threads);

        events.Should().Equal(reference);
        problems.Should().Equal(referenceProblems);
    }

    private static List<string> Damage(List<EvtxProblem> problems) =>
        [.. problems.Where(p => p.Kind == ReadProblemKind.EvtxDamage).Select(p => p.Message)];

    private static byte[] Corpus(string name) => File.ReadAllBytes(EvtxCorpus.PathOf(name));

    private static int Size(byte[] file, int record) => (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(record + 4));
}
