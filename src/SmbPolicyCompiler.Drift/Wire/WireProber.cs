using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// Probes one host: an SMB2 NEGOTIATE on one connection, then (if the host answered at all) an SMB1 NEGOTIATE
/// on a second. Transient failures are retried with backoff. Never throws for anything a peer does.
/// </summary>
internal sealed class WireProber(WireScanOptions options, Guid clientGuid)
{
    private const string Smb2Request = "SMB2 NEGOTIATE";
    private const string Smb1Request = "SMB1 NEGOTIATE";
    private static readonly byte[] Smb1RequestFrame = BuildSmb1Request();

    public async Task<WireProbeResult> ProbeAsync(HostTarget target, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        EndPoint endPoint = target.Address is { } address ? new IPEndPoint(address, target.Port) : new DnsEndPoint(target.Host, target.Port);
        var (smb2, attempts) = await WithRetriesAsync(
            () => NegotiateSmb2Async(target, endPoint, cancellation),
            failure => failure.IsTransient,
            cancellation).ConfigureAwait(false);
        var smb1 = await ProbeSmb1Async(target, smb2, cancellation).ConfigureAwait(false);
        return new WireProbeResult(
            target,
            smb2.Remote?.Address.ToString(),
            smb2.Reply,
            smb2.Failure,
            smb1,
            Stopwatch.GetElapsedTime(started),
            attempts);
    }

    private async Task<ExchangeOutcome<Smb2Negotiation>> NegotiateSmb2Async(HostTarget target, EndPoint endPoint, CancellationToken cancellation)
    {
        var request = ArrayPool<byte>.Shared.Rent(Smb2NegotiateRequest.FrameLength);
        try
        {
            Span<byte> salt = stackalloc byte[Smb2NegotiateRequest.SaltLength];
            RandomNumberGenerator.Fill(salt);
            var length = Smb2NegotiateRequest.Write(request, clientGuid, salt);
            return await SmbExchange.RunAsync<Smb2Negotiation>(
                target, endPoint, request.AsMemory(0, length), Smb2Request, Smb2NegotiateResponseParser.TryParse, options.Timeout, cancellation)
                .ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(request);
        }
    }

    private async Task<Smb1Verdict> ProbeSmb1Async(HostTarget target, ExchangeOutcome<Smb2Negotiation> smb2, CancellationToken cancellation)
    {
        if (!options.ProbeSmb1)
        {
            return Smb1Verdict.NotProbed("not probed: the SMB1 probe is turned off");
        }

        if (smb2.Remote is null || smb2.Failure?.Kind == ProbeFailureKind.Timeout)
        {
            return Smb1Verdict.NotProbed($"not probed: the SMB2 probe got no answer ({smb2.Failure?.Kind})");
        }

        var (outcome, _) = await WithRetriesAsync(
            () => SmbExchange.RunAsync<Smb1Verdict>(target, smb2.Remote, Smb1RequestFrame, Smb1Request, ParseSmb1, options.Timeout, cancellation),
            failure => failure.Kind is ProbeFailureKind.Timeout or ProbeFailureKind.LocalError,
            cancellation).ConfigureAwait(false);
        // A hang-up is how servers refuse SMB1, but only a server that just spoke SMB2 is known to be an SMB server.
        return outcome switch
        {
            { Reply: { } verdict } => verdict,
            { Failure.Kind: ProbeFailureKind.Reset } when smb2.Reply is not null => Smb1Verdict.Rejected(outcome.Failure.Message),
            _ => Smb1Verdict.Unknown(outcome.Failure!),
        };
    }

    private async Task<(ExchangeOutcome<T> Outcome, int Attempts)> WithRetriesAsync<T>(
        Func<Task<ExchangeOutcome<T>>> exchange,
        Func<ProbeFailure, bool> retryable,
        CancellationToken cancellation)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await exchange().ConfigureAwait(false);
            if (outcome.Failure is null || attempt > options.Retries || !retryable(outcome.Failure))
            {
                return (outcome, attempt);
            }

            await Task.Delay(Backoff(attempt), cancellation).ConfigureAwait(false);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var jitter = 0.5 + Random.Shared.NextDouble();
        return options.RetryBackoff * Math.Pow(2, attempt - 1) * jitter;
    }

    private static bool ParseSmb1(ReadOnlySpan<byte> message, out Smb1Verdict? verdict, out ProbeFailure? failure)
    {
        verdict = Smb1NegotiateResponseParser.Parse(message);
        failure = null;
        return true;
    }

    private static byte[] BuildSmb1Request()
    {
        var frame = new byte[Smb1NegotiateRequest.FrameLength];
        Smb1NegotiateRequest.Write(frame);
        return frame;
    }
}
