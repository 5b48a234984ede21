using System.Diagnostics;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

/// <summary>Snapshots and .reg exports mutated from a fixed seed: each bad file makes its own host unknown (or a note), never a crash.</summary>
public class SourceFuzzTests
{
    private const int Cases = 400;

    [Theory]
    [InlineData("snapshot")]
    [InlineData("regexport")]
    public async Task Read_FolderOfMutatedFiles_NeverThrowsAndNamesEachBadFile(string source)
    {
        var valid = source == "snapshot"
            ? File.ReadAllBytes(DriftCases.Path("snapshots", "good", "FS-PAR-01.json"))
            : File.ReadAllBytes(DriftCases.Path("regexport", "FS-PAR-01", "server-parameters.reg"));
        using var temp = new TempFolder();
        var extension = source == "snapshot" ? ".json" : ".reg";
        foreach (var (number, bytes) in ByteMutations.Of(valid, Cases, seed: extension.Length))
        {
            temp.Write($"FUZZ-{number:000}{extension}", bytes);
        }

        ILiveStateSource reader = source == "snapshot" ? new SnapshotSource([temp.Path]) : new RegistryExportSource([temp.Path]);
        var watch = Stopwatch.StartNew();
        var result = await reader.ReadAsync(DriftCases.Targets, null, CancellationToken.None);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        result.Observations.Where(o => o.Unreadable is not null).Should().NotBeEmpty()
            .And.OnlyContain(o => o.Unreadable!.Contains("FUZZ-", StringComparison.Ordinal) || o.Unreadable.Contains("snapshots for this host", StringComparison.Ordinal));
        result.Notes.Should().NotContain(n => !n.StartsWith("FUZZ-", StringComparison.Ordinal));
    }
}
