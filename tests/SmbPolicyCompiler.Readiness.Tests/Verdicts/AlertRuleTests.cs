using SmbPolicyCompiler.Readiness.Tests.Support;
using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

public sealed class AlertRuleTests
{
    private const string Bfs1 = "BFS1.corp.example.com";
    private const string Bfs2 = "BFS2.corp.example.com";

    private static EventLog Repeat(EventLog log, int times, Func<EventLog, int, EventLog> add)
    {
        for (var i = 0; i < times; i++)
        {
            log = add(log, i);
        }

        return log;
    }

    [Fact]
    public void Alert_ExactlyTheThresholdInADay_DoesNotFire()
    {
        var log = Repeat(new EventLog(), 5, (l, i) => l.Signing(Bfs1, @"\\WS-1", April(1, 8 + i)));

        ReadinessRunner.Run(log).Alerts.Should().BeEmpty();
    }

    [Fact]
    public void Alert_OneMoreThanTheThreshold_ListsClientDayCountAndServers()
    {
        var log = Repeat(new EventLog(), 4, (l, i) => l.Signing(Bfs1, @"\\WS-1", April(1, 8 + i)))
            .NoSpn(Bfs2, @"\\WS-1", April(1, 20)).NoSpn(Bfs2, @"\\WS-1", April(1, 21))
            .Signing(Bfs1, @"\\WS-1", April(2, 8));

        var alert = ReadinessRunner.Run(log).Alerts.Should().ContainSingle().Subject;

        alert.Client.Should().Be("ws-1");
        alert.Day.Should().Be(new DateOnly(2026, 4, 1));
        alert.Events.Should().Be(6, "3021 and 3024 count together");
        alert.Servers.Should().Equal("bfs1.corp.example.com", "bfs2.corp.example.com");
        alert.MoreServers.Should().BeFalse();
    }

    [Fact]
    public void Alert_OtherEventIds_DoNotCount()
    {
        var log = Repeat(new EventLog(), 10, (l, i) => l.Smb1(Bfs1, "10.0.0.1", April(1, 8 + i)).Smb1Signing(Bfs1, @"\\WS-2", April(1, 8 + i)));

        ReadinessRunner.Run(log).Alerts.Should().BeEmpty();
    }

    [Fact]
    public void Alert_EventsOnDifferentUtcDays_AreCountedPerDay()
    {
        var log = Repeat(new EventLog(), 6, (l, i) => l.Signing(Bfs1, @"\\WS-1", April(1, 20, i)))
            .Signing(Bfs1, @"\\WS-1", April(2, 0, 1));

        var alerts = ReadinessRunner.Run(log).Alerts;

        alerts.Should().ContainSingle().Which.Events.Should().Be(6);
    }

    [Fact]
    public void Alert_LowerThreshold_FiresSooner()
    {
        var log = Repeat(new EventLog(), 3, (l, i) => l.NoSpn(Bfs1, @"\\WS-3", April(5, 8 + i)));

        ReadinessRunner.Run(log, new ReadinessOptions { AlertThreshold = 2 }).Alerts.Should().ContainSingle().Which.Events.Should().Be(3);
    }

    [Fact]
    public void Alert_ManyServers_KeepsTheFirstFourAndSaysThereAreMore()
    {
        var log = Repeat(new EventLog(), 10, (l, i) => l.Signing($"SRV{i}.corp.example.com", @"\\WS-1", April(1, 8 + i)));

        var alert = ReadinessRunner.Run(log).Alerts.Single();

        alert.Servers.Should().Equal("srv0.corp.example.com", "srv1.corp.example.com", "srv2.corp.example.com", "srv3.corp.example.com");
        alert.MoreServers.Should().BeTrue();
        alert.Events.Should().Be(10);
    }
}
