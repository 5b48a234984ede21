using System.Diagnostics;
using System.Net;
using SmbPolicyCompiler.Drift.Tests.Support;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Wire;

/// <summary>Each bad peer is a per-host failure with its reason; the good hosts in the same scan still succeed.</summary>
public class WireScannerBadPeerTests
{
    private static readonly WireScanOptions Quick = new() { Timeout = TimeSpan.FromMilliseconds(400), Retries = 1, RetryBackoff = TimeSpan.FromMilliseconds(10) };

    private static async Task<WireProbeResult> ScanBesideGoodHostsAsync(HostTarget bad, WireScanOptions? options = null)
    {
        await using var good1 = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0003));
        await using var good2 = LoopbackResponder.Start(ResponderScripts.Smb2Only(0x0001));
        var scanner = new WireScanner(options ?? Quick);

        var results = await scanner.ScanAsync([good1.Target, bad, good2.Target]);

        results.Select(r => r.Target).Should().Equal(good1.Target, bad, good2.Target);
        results[0].SigningRequired.Should().BeTrue(results[0].Failure?.ToString());
        results[2].SigningRequired.Should().BeFalse(results[2].Failure?.ToString());
        results[1].Succeeded.Should().BeFalse();
        results[1].Smb2.Should().BeNull();
        return results[1];
    }

    private static async Task<WireProbeResult> ScanResponderAsync(Func<ResponderRequest, ResponderReply> script, WireScanOptions? options = null)
    {
        await using var bad = LoopbackResponder.Start(script);
        return await ScanBesideGoodHostsAsync(bad.Target, options);
    }

    [Fact]
    public async Task Scan_ClosedPort_IsRefused()
    {
        using var holder = FreePort.Closed(IPAddress.Loopback, out var port);

        var result = await ScanBesideGoodHostsAsync(new HostTarget("127.0.0.1", port));

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Refused);
        result.Failure.Message.Should().Contain($"port {port}");
        result.Attempts.Should().Be(1, "a refusal is an answer, not worth retrying");
        result.Smb1.Support.Should().Be(Smb1Support.Unknown);
        result.Smb1.Evidence.Should().Contain("not probed");
    }

    [Fact]
    public async Task Scan_ServerThatNeverAnswers_TimesOutAfterEachAttempt()
    {
        var clock = Stopwatch.StartNew();

        var result = await ScanResponderAsync(ResponderScripts.Silent);

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Timeout);
        result.Failure.Message.Should().Contain("connected, but no reply").And.Contain("400 ms");
        result.Attempts.Should().Be(2);
        result.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(800), "two attempts each waited the whole timeout");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the timeout bounds the scan");
        result.Smb1.Evidence.Should().Contain("not probed");
    }

    [Fact]
    public async Task Scan_Garbage_IsGarbageShowingTheBytes()
    {
        var result = await ScanResponderAsync(ResponderScripts.Garbage);

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Garbage);
        result.Failure.Message.Should().Contain("48 54 54 50 2F 31 2E 31 'HTTP/1.1'");
        result.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Scan_TruncatedReply_IsTruncatedWithByteCounts()
    {
        var result = await ScanResponderAsync(ResponderScripts.TruncatedSmb2);

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Truncated);
        result.Failure.Message.Should().MatchRegex(@"ended after \d+ of the \d+ bytes");
    }

    [Fact]
    public async Task Scan_PartialReplyThenSilence_TimesOutSayingHowMuchArrived()
    {
        var result = await ScanResponderAsync(ResponderScripts.PartialThenSilent);

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Timeout);
        result.Failure.Message.Should().MatchRegex(@"only 40 of \d+ reply bytes");
    }

    [Fact]
    public async Task Scan_CompleteFrameWithShortMessage_IsTruncated()
    {
        var result = await ScanResponderAsync(ResponderScripts.ShortSmb2Message);

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Truncated);
        result.Failure.Message.Should().Contain("100 bytes");
    }

    [Fact]
    public async Task Scan_ErrorStatus_ReportsTheStatus()
    {
        var result = await ScanResponderAsync(ResponderScripts.ErrorStatus(0xC00000BB));

        result.Failure!.Kind.Should().Be(ProbeFailureKind.ErrorStatus);
        result.Failure.NtStatus.Should().Be(0xC00000BB);
        result.Failure.Message.Should().Contain("STATUS_NOT_SUPPORTED");
    }

    [Fact]
    public async Task Scan_ResetOnEveryConnection_IsResetAfterRetries()
    {
        var result = await ScanResponderAsync(ResponderScripts.ResetEverything);

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Reset);
        result.Attempts.Should().Be(2);
        result.Smb1.Support.Should().Be(Smb1Support.Unknown, "a peer that hangs up on SMB2 too is not known to be an SMB server");
    }

    [Fact]
    public async Task Scan_UnreachableAddress_IsUnreachable()
    {
        // Linux refuses a TCP connect to a multicast address with ENETUNREACH, without sending anything.
        var result = await ScanBesideGoodHostsAsync(new HostTarget("224.0.0.1", 445));

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Unreachable);
        result.Failure.Message.Should().Contain("224.0.0.1");
    }

    [Fact]
    public async Task Scan_NameThatDoesNotResolve_IsUnresolved()
    {
        var result = await ScanBesideGoodHostsAsync(new HostTarget("smbpol-no-such-host.invalid", 445), Quick with { Timeout = TimeSpan.FromSeconds(10) });

        result.Failure!.Kind.Should().Be(ProbeFailureKind.Unresolved);
        result.Failure.Message.Should().Contain("smbpol-no-such-host.invalid");
    }
}
