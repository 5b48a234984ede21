using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

public sealed class ReadinessRunTests
{
    [Fact]
    public void Run_WithProgress_ReportsEveryIntervalAndOnceAtTheEndWithAllBytes()
    {
        using var folder = new TempFolder();
        var log = new EventLog();
        for (var i = 0; i < ReadinessRun.ProgressInterval + 100; i++)
        {
            log.Smb1("BFS1.corp.example.com", $"10.0.{i / 250 % 250}.{i % 250}", TestEstate.April(1 + (i % 20)));
        }

        var first = folder.Write("a.xml", WevtutilXmlWriter.Write(log.Events.Take(100), XmlShape.EventData));
        var second = folder.Write("b.xml", WevtutilXmlWriter.Write(log.Events.Skip(100), XmlShape.EventData));
        var total = new FileInfo(first).Length + new FileInfo(second).Length;
        var reports = new List<ReadinessProgress>();

        var report = ReadinessRun.Run(TestEstate.Policy, TestEstate.AsOf, [folder.Path], progress: reports.Add);

        report.Input.Events.Should().Be(ReadinessRun.ProgressInterval + 100);
        reports.Should().HaveCount(2);
        reports[0].Should().Match<ReadinessProgress>(p => p.Events == ReadinessRun.ProgressInterval && p.FileNumber == 2 && p.Files == 2 &&
            p.TotalBytes == total && p.BytesRead > new FileInfo(first).Length && p.BytesRead <= total);
        reports[1].Should().Match<ReadinessProgress>(p => p.Events == ReadinessRun.ProgressInterval + 100 && p.BytesRead == total && p.Fraction == 1);
    }
}
