using SmbPolicyCompiler.Cli.Commands;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Readiness;

namespace SmbPolicyCompiler.Cli.Tests;

/// <summary>What the bars of the one progress display say (the display itself is Spectre.Console's).</summary>
public class ProgressTextTests
{
    [Fact]
    public void Drift_WireWithHostsInFlight_NamesThemAndCountsTheRest()
    {
        var progress = new SourceProgress("wire", 40, 55, 2, "FS-PAR-07", ["FS-PAR-08", "FS-PAR-09", "FS-LYO-01", "NAS-\u001b[31m02"]);

        DriftProgress.Describe(progress).Should().Be("wire: 40/55, 2 failed, 4 in flight: FS-PAR-08, FS-PAR-09, FS-LYO-01, … and 1 more");
    }

    [Fact]
    public void Drift_NothingInFlight_NamesTheLastHostDone_WithoutTerminalCodes()
    {
        var progress = new SourceProgress("snapshots", 3, 3, 0, "FS-\u001b[2JPAR-03.json");

        DriftProgress.Describe(progress).Should().StartWith("snapshots: 3/3, 0 failed, last FS-").And.NotContain("\u001b");
    }

    [Fact]
    public void Readiness_WhileReading_NamesTheFileAndTheSpeed()
    {
        var progress = new ReadinessProgress("/exports/fs01-audit.xml", 1, 2, 100_000_000, 400_000_000, 163_840);

        ReadinessProgressText.Describe(progress, TimeSpan.FromSeconds(1)).Should().Be("reading fs01-audit.xml (file 1 of 2): 100 of 400 MB, 163,840 events, 100 MB/s");
    }

    [Fact]
    public void Readiness_AtTheEnd_SaysWhatWasRead()
    {
        var progress = new ReadinessProgress("/exports/fs02-audit.xml", 2, 2, 400_000_000, 400_000_000, 655_360);

        ReadinessProgressText.Describe(progress, TimeSpan.FromSeconds(2)).Should().Be("read 2 file(s): 400 MB, 655,360 events, 200 MB/s");
    }
}
