using System.Diagnostics;
using System.Text;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Aggregate;

/// <summary>The aggregate reader on mutated files from a fixed seed: it never throws, names only this file, and counts no more events than the file holds.</summary>
public sealed class AggregateFuzzTests
{
    private const int Cases = 400;

    public static TheoryData<string> Shapes => ["csv", "ndjson", "json-array", "csv-gzip"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Read_MutatedAggregate_NeverThrowsAndReportsOnlyThisFile(string shape)
    {
        var rows = IndependentAggregate.Of(RandomEstateLog.Build(seed: 11, events: 120).Events);
        var text = shape switch
        {
            "ndjson" => IndependentAggregate.Ndjson(rows, splunk: true),
            "json-array" => IndependentAggregate.JsonArray(rows),
            _ => IndependentAggregate.Csv(rows),
        };
        var valid = Encoding.UTF8.GetBytes(text);
        valid = shape == "csv-gzip" ? Events.Fixtures.Exports.Gzip(valid) : valid;

        using var folder = new TempFolder("smbpol-aggregate-fuzz");
        var path = folder.Combine("case.agg");
        var slowest = TimeSpan.Zero;
        foreach (var (number, bytes) in ByteMutations.Of(valid, Cases, seed: shape.Sum(c => c)))
        {
            File.WriteAllBytes(path, bytes);
            var watch = Stopwatch.StartNew();
            ReadinessReport report;
            try
            {
                report = ReadinessRun.Run(TestEstate.Policy, TestEstate.AsOf, [path]);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{shape} case {number} threw {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(bytes)}");
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            report.Input.Read.Files.Should().ContainSingle($"{shape} case {number}").Which.Path.Should().Be(path);
            report.Input.Read.Problems.Should().NotContain(p => p.File != path || p.Message.Length == 0, $"{shape} case {number}");
            report.Input.Read.RecordsRead.Should().BeLessThanOrEqualTo(rows.Count * 2, $"{shape} case {number}");
        }

        // A hang guard, not a speed test (speed is measured in the benchmarks): a shared CI machine can stall any case for seconds.
        slowest.Should().BeLessThan(TimeSpan.FromMinutes(1), "a damaged small file must never make the reader loop");
    }
}
