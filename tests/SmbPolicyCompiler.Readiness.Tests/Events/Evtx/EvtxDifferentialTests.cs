using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>
/// Every corpus file read by our reader and by two independent ones (evtxexport, evtx_dump.py): the same records with
/// the same System values and event data, and on damaged files at least as many records as the better of the two.
/// </summary>
[Trait("Category", "Interop")]
public sealed class EvtxDifferentialTests
{
    public static TheoryData<string> Files => EvtxCorpus.All;

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_CorpusFile_SameRecordsAsEvtxexport(string name)
    {
        var path = EvtxCorpus.PathOf(name);
        var (ours, _) = EvtxReading.Read(path);

        var differences = ReferenceComparison.Differences(ours, ReferenceReaders.Evtxexport(path), python: false);

        differences.Should().BeEmpty($"{name} read by us and by evtxexport should match; first differences:\n{string.Join("\n", differences.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_CorpusFile_SameRecordsAsPythonEvtx(string name)
    {
        var path = EvtxCorpus.PathOf(name);
        var (ours, problems) = EvtxReading.Read(path);
        var library = ReferenceReaders.Evtxexport(path).Select(r => r.RecordId).ToHashSet();

        var differences = ReferenceComparison.Differences(ours, ReferenceReaders.PythonEvtx(path), python: true);

        // python-evtx also renders records whose size copy is broken (half-zeroed: values cut, or all zero); libevtx
        // rejects them, and so do we, reporting the damage.
        var brokenOnlyInPython = differences.Where(d => d.EndsWith("we did not read it", StringComparison.Ordinal)).ToList();
        foreach (var missing in brokenOnlyInPython)
        {
            var id = long.Parse(missing.Split(' ', ':')[1], System.Globalization.CultureInfo.InvariantCulture);
            library.Should().NotContain(id, "a record that python-evtx reads and we do not must be one that libevtx rejects too");
            problems.Should().Contain(p => p.Kind == ReadProblemKind.EvtxDamage, "the damage that hides it must be reported");
        }

        differences.Except(brokenOnlyInPython).Should().BeEmpty($"{name} read by us and by evtx_dump.py should match; first differences:\n{string.Join("\n", differences.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_CorpusFile_AtLeastAsManyRecordsAsEitherReference(string name)
    {
        var path = EvtxCorpus.PathOf(name);
        var (ours, _) = EvtxReading.Read(path);

        var best = Math.Max(ReferenceReaders.Evtxexport(path).Count, ReferenceReaders.PythonEvtx(path).Count(r => r.RecordId > 0));

        ours.Count.Should().BeGreaterThanOrEqualTo(best);
    }
}
