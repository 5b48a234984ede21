using System.Buffers;
using System.Net;
using System.Net.Sockets;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// One request/reply over a fresh TCP connection, bounded by a timeout covering resolve, connect and reply.
/// The reply is read into a pooled buffer and parsed there.
/// </summary>
internal static class SmbExchange
{
    /// <summary>Big enough for the NEGOTIATE replies of Windows and Samba (300-600 bytes) in one receive.</summary>
    private const int InitialReplyBuffer = 1024;

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
        Socket socket;
        try
        {
            socket = endPoint is IPEndPoint ip
                ? new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
        }
        catch (SocketException error)
        {
            return new(null, SocketFailures.FromConnect(error, target), null);
        }

        using (socket)
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
        {
            deadline.CancelAfter(timeout);
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
            var (reply, failure) = await ExchangeAsync(socket, request, requestName, parse, timeout, deadline.Token, cancellation).ConfigureAwait(false);
            return new(reply, failure, remote);
        }
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
        var buffer = ArrayPool<byte>.Shared.Rent(InitialReplyBuffer);
        var received = 0;
        var frameLength = 0;
        try
        {
            await socket.SendAsync(request, SocketFlags.None, deadline).ConfigureAwait(false);
            while (frameLength == 0 || received < frameLength)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None, deadline).ConfigureAwait(false);
                received += read;
                if (read == 0)
                {
                    return (null, Closed(buffer.AsSpan(0, received), frameLength, requestName));
                }

                if (frameLength == 0 && (received >= DirectTcpFrame.HeaderLength || buffer[0] != 0))
                {
                    if (!DirectTcpFrame.TryReadLength(buffer.AsSpan(0, received), out var length, out var frameFailure))
                    {
                        return (null, frameFailure);
                    }

                    frameLength = DirectTcpFrame.HeaderLength + length;
                    buffer = Grow(buffer, frameLength, received);
                }
            }

            var message = buffer.AsSpan(DirectTcpFrame.HeaderLength, frameLength - DirectTcpFrame.HeaderLength);
            return parse(message, out var reply, out var failure) ? (reply, null) : (null, failure);
        }
        catch (SocketException error)
        {
            return (null, SocketFailures.FromReply(error, received, requestName));
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            var detail = received == 0 ? "no reply" : $"only {received} of {(frameLength == 0 ? "the" : frameLength)} reply bytes";
            return (null, new(ProbeFailureKind.Timeout, $"connected, but {detail} to the {requestName} within {Seconds(timeout)}"));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ProbeFailure Closed(ReadOnlySpan<byte> received, int frameLength, string requestName)
    {
        if (received.Length == 0)
        {
            return new(ProbeFailureKind.Reset, $"the server closed the connection instead of answering the {requestName}");
        }

        return frameLength == 0 && !DirectTcpFrame.TryReadLength(received, out _, out var failure)
            ? failure
            : ProbeFailure.Truncated($"the reply to the {requestName} ended after {received.Length} of the {frameLength} bytes its frame declares");
    }

    /// <summary>A buffer of at least <paramref name="length"/> bytes holding the first <paramref name="used"/> bytes of <paramref name="buffer"/>.</summary>
    private static byte[] Grow(byte[] buffer, int length, int used)
    {
        if (buffer.Length >= length)
        {
            return buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent(length);
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static IPEndPoint? Unmap(IPEndPoint? endPoint) =>
        endPoint is { Address.IsIPv4MappedToIPv6: true } ? new IPEndPoint(endPoint.Address.MapToIPv4(), endPoint.Port) : endPoint;

    private static string Seconds(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.#} s" : $"{timeout.TotalMilliseconds:0} ms";
}
