using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Wire;

public class WireScannerTests
{
    private static readonly WireScanOptions Quick = new() { Timeout = TimeSpan.FromSeconds(2), Retries = 2, RetryBackoff = TimeSpan.FromMilliseconds(10) };

    [Fact]
    public async Task Probe_ModernServer_ReportsDialectSigningAndSmb1Rejected()
    {
        await using var server = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0003, 0x0302));

        var result = await new WireScanner(Quick).ProbeAsync(server.Target);

        result.Succeeded.Should().BeTrue(result.Failure?.ToString());
        result.Dialect.Should().Be("3.0.2");
        result.SigningEnabled.Should().BeTrue();
        result.SigningRequired.Should().BeTrue();
        result.RemoteAddress.Should().Be("127.0.0.1");
        result.Attempts.Should().Be(1);
        result.Smb1.Support.Should().Be(Smb1Support.Rejected);
        result.Smb1.Evidence.Should().Contain("closed the connection instead of answering the SMB1 NEGOTIATE");
        server.Connections.Should().Be(2, "one connection for SMB2, one for SMB1");
    }

    [Theory]
    [InlineData(0x0F, true, true)]
    [InlineData(0x07, true, false)]
    [InlineData(0x03, false, false)]
    public async Task Probe_ServerAcceptingSmb1_ReportsSmb1SigningBits(byte smb1Mode, bool enabled, bool required)
    {
        await using var server = LoopbackResponder.Start(ResponderScripts.Smb1AndSmb2(0x0001, smb1Mode));

        var result = await new WireScanner(Quick).ProbeAsync(server.Target);

        result.Smb1.Support.Should().Be(Smb1Support.Accepted);
        result.Smb1.Dialect.Should().Be("NT LM 0.12");
        result.Smb1.SigningEnabled.Should().Be(enabled);
        result.Smb1.SigningRequired.Should().Be(required);
    }

    [Fact]
    public async Task Probe_Smb1OnlyServer_FailsSmb2ButReportsSmb1Accepted()
    {
        await using var server = LoopbackResponder.Start(ResponderScripts.Smb1Only(0x03));

        var result = await new WireScanner(Quick with { Retries = 0 }).ProbeAsync(server.Target);

        result.Succeeded.Should().BeFalse();
        result.Failure!.Kind.Should().Be(ProbeFailureKind.Reset);
        result.Smb1.Support.Should().Be(Smb1Support.Accepted);
    }

    [Fact]
    public async Task Probe_Smb1ProbeTurnedOff_UsesOneConnection()
    {
        await using var server = LoopbackResponder.Start(ResponderScripts.Smb2Only());

        var result = await new WireScanner(Quick with { ProbeSmb1 = false }).ProbeAsync(server.Target);

        result.Smb1.Support.Should().Be(Smb1Support.Unknown);
        result.Smb1.Evidence.Should().Contain("turned off");
        server.Connections.Should().Be(1);
    }

    [Fact]
    public async Task Probe_TransientResets_AreRetriedUntilTheServerAnswers()
    {
        await using var server = LoopbackResponder.Start(ResponderScripts.ResetFirst(2, ResponderScripts.Smb2Only(0x0003)));

        var result = await new WireScanner(Quick with { ProbeSmb1 = false }).ProbeAsync(server.Target);

        result.Succeeded.Should().BeTrue(result.Failure?.ToString());
        result.Attempts.Should().Be(3);
        result.SigningRequired.Should().BeTrue();
    }

    [Fact]
    public async Task Probe_NameTarget_ResolvesAndConnects()
    {
        await using var server = LoopbackResponder.Start(ResponderScripts.Smb2Only());

        var result = await new WireScanner(Quick).ProbeAsync(new HostTarget("localhost", server.EndPoint.Port));

        result.Succeeded.Should().BeTrue(result.Failure?.ToString());
        result.RemoteAddress.Should().Be("127.0.0.1", "localhost's ::1 refuses, so the IPv4 address is used");
    }

    [Fact]
    public async Task Probe_Ipv6Target_Works()
    {
        Socket.OSSupportsIPv6.Should().BeTrue("the test machine needs IPv6 loopback (::1)");
        await using var server = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0003), IPAddress.IPv6Loopback);

        var result = await new WireScanner(Quick).ProbeAsync(HostTarget.Parse($"[::1]:{server.EndPoint.Port}"));

        result.Succeeded.Should().BeTrue(result.Failure?.ToString());
        result.RemoteAddress.Should().Be("::1");
        result.SigningRequired.Should().BeTrue();
    }

    [Fact]
    public async Task Scan_ManyHosts_KeepsInputOrderAndReportsProgressForEach()
    {
        await using var required = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0003));
        await using var optional = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0001));
        using var closed = FreePort.Closed(IPAddress.Loopback, out var closedPort);
        var targets = Enumerable.Range(0, 300)
            .Select(i => (i % 3) switch { 0 => required.Target, 1 => optional.Target, _ => new HostTarget("127.0.0.1", closedPort) })
            .ToList();
        var reports = new ConcurrentBag<WireScanProgress>();

        var results = await new WireScanner(Quick with { MaxConcurrency = 16 }).ScanAsync(targets, new SynchronousProgress(reports.Add));

        results.Select(r => r.Target).Should().Equal(targets);
        results.Where((_, i) => i % 3 == 0).Should().OnlyContain(r => r.SigningRequired == true);
        results.Where((_, i) => i % 3 == 1).Should().OnlyContain(r => r.SigningRequired == false);
        results.Where((_, i) => i % 3 == 2).Should().OnlyContain(r => r.Failure!.Kind == ProbeFailureKind.Refused);
        reports.Where(r => r.Finished is not null).Select(r => r.Completed).Should().BeEquivalentTo(Enumerable.Range(1, 300));
        reports.Where(r => r.Finished is null).Should().HaveCount(300, "each host is reported when it starts, too");
        reports.Where(r => r.Finished is { } finished).Should().OnlyContain(r => !r.InFlight.Contains(r.Finished!.Value), "a finished host is no longer in flight");
        reports.Should().OnlyContain(r => r.Total == 300 && r.InFlight.Count <= 16);
        reports.Max(r => r.Failed).Should().Be(100);
    }

    [Fact]
    public async Task Scan_NeverHasMoreHostsInFlightThanMaxConcurrency()
    {
        await using var server = LoopbackResponder.Start(ResponderScripts.Smb2Only());
        var targets = Enumerable.Repeat(server.Target, 200).ToList();

        var results = await new WireScanner(Quick with { MaxConcurrency = 3 }).ScanAsync(targets);

        results.Should().OnlyContain(r => r.Succeeded);
        server.PeakUnanswered.Should().BeInRange(1, 3);
    }

    [Fact]
    public async Task Scan_Cancelled_StopsWithOperationCanceled()
    {
        await using var silent = LoopbackResponder.Start(ResponderScripts.Silent);
        var targets = Enumerable.Repeat(silent.Target, 50).ToList();
        using var cancel = new CancellationTokenSource();
        var scanner = new WireScanner(new WireScanOptions { Timeout = TimeSpan.FromMinutes(5), MaxConcurrency = 4 });

        var scan = scanner.ScanAsync(targets, new SynchronousProgress(_ => { }), cancel.Token);
        await silent.WaitForConnectionsAsync(4, TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        await scan.Invoking(s => s).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Scan_ThousandsOfHosts_AllAnswered()
    {
        var servers = Enumerable.Range(0, 20).Select(_ => LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0003))).ToArray();
        try
        {
            var targets = Enumerable.Range(0, 3000).Select(i => servers[i % servers.Length].Target).ToList();

            var results = await new WireScanner(Quick with { MaxConcurrency = 128 }).ScanAsync(targets);

            results.Should().HaveCount(3000).And.OnlyContain(r => r.SigningRequired == true && r.Smb1.Support == Smb1Support.Rejected);
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Scan_HundredsOfHostsInFlight_UseAFewThreadsNotOnePerHost()
    {
        await using var silent = LoopbackResponder.Start(ResponderScripts.Silent);
        var targets = Enumerable.Repeat(silent.Target, 600).ToList();
        using var cancel = new CancellationTokenSource();
        var scanner = new WireScanner(new WireScanOptions { Timeout = TimeSpan.FromMinutes(5), MaxConcurrency = 500 });

        var scan = scanner.ScanAsync(targets, cancellation: cancel.Token);
        await silent.WaitForConnectionsAsync(500, TimeSpan.FromSeconds(60));
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var threads = process.Threads.Count;
        await cancel.CancelAsync();

        threads.Should().BeLessThan(150, "500 hosts waiting for replies must not hold 500 threads");
        await scan.Invoking(s => s).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Options_OutOfRange_AreRejectedByName()
    {
        var create = () => new WireScanner(new WireScanOptions { MaxConcurrency = 0 });

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxConcurrency");
    }

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/> which posts and may deliver after the scan returns.</summary>
    private sealed class SynchronousProgress(Action<WireScanProgress> report) : IProgress<WireScanProgress>
    {
        public void Report(WireScanProgress value) => report(value);
    }
}
