using SmbPolicyCompiler.Cli.Commands;

namespace SmbPolicyCompiler.Readiness.Tests.Cli;

public sealed class ReadinessProgressDisplayTests
{
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;

        public void Advance(double seconds) => Ticks += (long)(seconds * TimeSpan.TicksPerSecond);
    }

    private static ReadinessProgress At(long bytes, long events, int file = 1) => new("/exports/fs01-audit.xml", file, 2, bytes, 400_000_000, events);

    [Fact]
    public void Progress_SmallInputsFinishingWithinHalfASecond_ShowNothing()
    {
        var clock = new ManualClock();
        var error = new StringWriter();
        var display = new ReadinessProgressDisplay(error, clock);

        display.Report(At(1000, 16384));
        clock.Advance(0.3);
        display.Report(At(400_000_000, 20000, file: 2));

        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Progress_BigInput_ShowsOneRewrittenLineAndErasesItAtTheEnd()
    {
        var clock = new ManualClock();
        var error = new StringWriter();
        var display = new ReadinessProgressDisplay(error, clock);

        clock.Advance(1);
        display.Report(At(100_000_000, 163_840));
        clock.Advance(0.1);
        display.Report(At(110_000_000, 180_000));
        clock.Advance(0.2);
        display.Report(At(200_000_000, 327_680, file: 2));
        var shown = error.ToString();
        display.Report(At(400_000_000, 655_360, file: 2));

        shown.Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).Should().Equal(
            "reading fs01-audit.xml (file 1 of 2): 25%, 100 of 400 MB, 163,840 events, 100 MB/s",
            "reading fs01-audit.xml (file 2 of 2): 50%, 200 of 400 MB, 327,680 events, 154 MB/s");
        error.ToString()[shown.Length..].Trim(' ', '\r').Should().BeEmpty("the last report erases the line");
    }
}
