using System.Text;
using SmbPolicyCompiler.Readiness.Analysis;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Output;
using SmbPolicyCompiler.Readiness.Tests.Support;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

/// <summary>The controls are judged on several threads, each taking a share of them: the report must not depend on how many.</summary>
public sealed class ParallelVerdictsTests
{
    private static readonly string[] Servers = ["PFS1", "PFS2.corp.example.com", "PFS3", "BFS1", "BFS2", "LFS1", "10.9.9.9"];
    private static readonly string[] Clients = ["PWS1", "PWS2.corp.example.com", "10.0.0.7", "ws-a", "WS-B", "laptop7", "10.0.3.1"];

    [Fact]
    public void Build_OnAnyNumberOfThreads_GivesTheSameReport()
    {
        var log = RandomLog();
        var reports = new[] { 1, 2, 3, 7 }.Select(workers => Json(ReadinessRunner.Run(log, new ReadinessOptions { Events = new EventReadOptions { Workers = workers } }))).ToList();

        reports.Should().AllBe(reports[0]);
        var controls = ReadinessRunner.Run(log).Rings.SelectMany(r => r.Controls).ToList();
        controls.Count(c => c.Blocking.Count > 0).Should().BeGreaterThan(3, "several controls, spread over the threads, have blocking clients");
    }

    [Fact]
    public void Build_WhateverOrderTheControlsAreTakenIn_GivesTheSameReport()
    {
        var log = RandomLog();
        var orders = new Func<IReadOnlyList<long>, int[]>[]
        {
            VerdictWork.HeaviestFirst,
            weights => [.. VerdictWork.HeaviestFirst(weights).Reverse()],
            weights => [.. Enumerable.Range(0, weights.Count).OrderBy(i => (i * 7919) % 13).ThenBy(i => i)],
        };

        var reports = orders.SelectMany(order => new[] { 1, 2 }.Select(workers => Json(Run(log, order, workers)))).ToList();

        reports.Should().AllBe(reports[0]);
    }

    [Fact]
    public void HeaviestFirst_SortsByWeightThenIndex()
    {
        VerdictWork.HeaviestFirst([3, 9, 3, 0, 9]).Should().Equal(1, 4, 0, 2, 3);
    }

    private static EventLog RandomLog()
    {
        var log = KnownScenario.Log();
        var random = new Random(14);
        for (var i = 0; i < 3000; i++)
        {
            var (server, client, at) = (Servers[random.Next(Servers.Length)], Clients[random.Next(Clients.Length)], TestEstate.April(1 + random.Next(28), random.Next(24)));
            _ = random.Next(6) switch
            {
                0 => log.Signing(server, client, at, user: $"user{random.Next(80)}"),
                1 => log.Smb1(server, client, at),
                2 => log.NoSpn(server, client, at),
                3 => log.NoEncryption(server, client, at),
                4 => log.ServerCannotSign(client, server, at),
                _ => log.UnknownSpn(server, client, at, $"cifs/{server}-{random.Next(60)}"),
            };
        }

        return log;
    }

    private static Model.ReadinessReport Run(EventLog log, Func<IReadOnlyList<long>, int[]> order, int workers)
    {
        var options = new ReadinessOptions { Events = new EventReadOptions { Workers = workers } };
        var analyzer = new ReadinessAnalyzer(TestEstate.Policy, TestEstate.AsOf, options) { VerdictOrder = order };
        var reader = new AuditEventReader(options.Events);
        foreach (var e in reader.ReadAudit(new MemoryStream(Encoding.UTF8.GetBytes(WevtutilXmlWriter.Write(log.Events, XmlShape.EventData))), "events.xml"))
        {
            analyzer.Add(e);
        }

        return analyzer.Build(reader.Report);
    }

    private static string Json(Model.ReadinessReport report)
    {
        using var text = new StringWriter();
        new ReadinessJson().Write(text, report);
        return text.ToString();
    }
}
