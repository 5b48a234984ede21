using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>The result of one exchange: the parsed reply or a failure, and whether a TCP connection was made.</summary>
internal sealed record ExchangeOutcome<T>(T? Reply, ProbeFailure? Failure, IPEndPoint? Remote)
    where T : class
{
    public bool Connected => Remote is not null;
}

/// <summary>
/// One request/reply over a fresh TCP connection, bounded by a timeout covering resolve, connect and reply.
/// The reply is read into a pooled buffer and parsed there.
/// </summary>
internal static class SmbExchange
{
    public delegate bool ReplyParser<T>(ReadOnlySpan<byte> message, out T? reply, out ProbeFailure? failure);

    public static async Task<ExchangeOutcome<T>> RunAsync<T>(
        HostTarget target,
        EndPoint endPoint,
        ReadOnlyMemory<byte> request,
        string requestName,
        ReplyParser<T> parse,
        TimeSpan timeout,
        CancellationToken cancellation)
        where T : class
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        using var socket = endPoint is IPEndPoint ip
            ? new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.NoDelay = true;
        try
        {
            await socket.ConnectAsync(endPoint, deadline.Token).ConfigureAwait(false);
        }
        catch (SocketException error)
        {
            return new(null, SocketFailures.FromConnect(error, target), null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return new(null, new(ProbeFailureKind.Timeout, $"no TCP connection within {Seconds(timeout)}"), null);
        }

        var remote = Unmap(socket.RemoteEndPoint as IPEndPoint);
        var failure = await ExchangeAsync(socket, request, requestName, parse, timeout, deadline.Token, cancellation).ConfigureAwait(false);
        return new(failure.Reply, failure.Failure, remote);
    }

    private static async Task<(T? Reply, ProbeFailure? Failure)> ExchangeAsync<T>(
        Socket socket,
        ReadOnlyMemory<byte> request,
        string requestName,
        ReplyParser<T> parse,
        TimeSpan timeout,
        CancellationToken deadline,
        CancellationToken cancellation)
        where T : class
    {
        var header = ArrayPool<byte>.Shared.Rent(DirectTcpFrame.HeaderLength);
        byte[]? message = null;
        var received = 0;
        var expected = DirectTcpFrame.HeaderLength;
        try
        {
            await socket.SendAsync(request, SocketFlags.None, deadline).ConfigureAwait(false);
            received = await ReceiveAsync(socket, header.AsMemory(0, DirectTcpFrame.HeaderLength), deadline).ConfigureAwait(false);
            if (received == 0)
            {
                return (null, new(ProbeFailureKind.Reset, $"the server closed the connection instead of answering the {requestName}"));
            }

            if (!DirectTcpFrame.TryReadLength(header.AsSpan(0, received), out var length, out var frameFailure))
            {
                return (null, frameFailure);
            }

            expected += length;
            message = ArrayPool<byte>.Shared.Rent(length);
            var body = await ReceiveAsync(socket, message.AsMemory(0, length), deadline).ConfigureAwait(false);
            received += body;
            if (body < length)
            {
                return (null, ProbeFailure.Truncated($"the reply to the {requestName} ended after {received} of the {expected} bytes its frame declares"));
            }

            return parse(message.AsSpan(0, length), out var reply, out var failure) ? (reply, null) : (null, failure);
        }
        catch (SocketException error)
        {
            return (null, SocketFailures.FromReply(error, received, requestName));
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            var detail = received == 0 ? "no reply" : $"only {received} of {expected} reply bytes";
            return (null, new(ProbeFailureKind.Timeout, $"connected, but {detail} to the {requestName} within {Seconds(timeout)}"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(header);
            if (message is not null)
            {
                ArrayPool<byte>.Shared.Return(message);
            }
        }
    }

    /// <summary>Reads until the buffer is full or the peer closes; returns the bytes read.</summary>
    private static async Task<int> ReceiveAsync(Socket socket, Memory<byte> buffer, CancellationToken deadline)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await socket.ReceiveAsync(buffer[total..], SocketFlags.None, deadline).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private static IPEndPoint? Unmap(IPEndPoint? endPoint) =>
        endPoint is { Address.IsIPv4MappedToIPv6: true } ? new IPEndPoint(endPoint.Address.MapToIPv4(), endPoint.Port) : endPoint;

    private static string Seconds(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.#} s" : $"{timeout.TotalMilliseconds:0} ms";
}
