using System.Net;
using System.Net.Sockets;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>
/// A tiny in-process TCP server that reads one direct-TCP frame per connection and answers as its script says:
/// a well-behaved SMB server, or one that is silent, talks garbage, truncates, resets...
/// </summary>
public sealed class LoopbackResponder : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly Func<ResponderRequest, ResponderReply> _script;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;
    private readonly SemaphoreSlim _accepted = new(0);
    private int _connections;
    private int _waiting;
    private int _peak;

    private LoopbackResponder(Socket listener, Func<ResponderRequest, ResponderReply> script)
    {
        _listener = listener;
        _script = script;
        EndPoint = (IPEndPoint)listener.LocalEndPoint!;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public IPEndPoint EndPoint { get; }

    public HostTarget Target => new(EndPoint.Address.ToString(), EndPoint.Port);

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>
    /// Most connections at once that were accepted but not yet answered. Each is a client still waiting,
    /// so this never exceeds the clients in flight (unlike open connections, which close a little late).
    /// </summary>
    public int PeakUnanswered => Volatile.Read(ref _peak);

    /// <summary>Completes once <paramref name="count"/> more connections have been accepted (for one waiter at a time).</summary>
    public async Task WaitForConnectionsAsync(int count, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        for (var i = 0; i < count; i++)
        {
            await _accepted.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
    }

    /// <summary>Listens on <paramref name="address"/> (default 127.0.0.1) and <paramref name="port"/> (default: any free one).</summary>
    public static LoopbackResponder Start(Func<ResponderRequest, ResponderReply> script, IPAddress? address = null, int port = 0)
    {
        address ??= IPAddress.Loopback;
        var listener = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(address, port));
            listener.Listen(512);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        return new LoopbackResponder(listener, script);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        await _acceptLoop.ConfigureAwait(false);
        _stopping.Dispose();
        _accepted.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client, Interlocked.Increment(ref _connections));
            _accepted.Release();
        }
    }

    private async Task ServeAsync(Socket client, int connection)
    {
        var unanswered = true;
        var now = Interlocked.Increment(ref _waiting);
        for (var seen = Volatile.Read(ref _peak); now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen; seen = Volatile.Read(ref _peak))
        {
        }

        try
        {
            var message = await ReadFrameAsync(client).ConfigureAwait(false);
            if (message is null)
            {
                return;
            }

            var reply = _script(new ResponderRequest(connection, message));
            Interlocked.Decrement(ref _waiting);
            unanswered = false;
            if (reply.Bytes.Length > 0)
            {
                await client.SendAsync(reply.Bytes, SocketFlags.None, _stopping.Token).ConfigureAwait(false);
            }

            await FinishAsync(client, reply.After).ConfigureAwait(false);
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The client went away or the responder is stopping: nothing to serve.
        }
        finally
        {
            client.Dispose();
            if (unanswered)
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
    }

    private async Task FinishAsync(Socket client, AfterReply after)
    {
        switch (after)
        {
            case AfterReply.Close:
                client.Shutdown(SocketShutdown.Send);
                break;
            case AfterReply.Reset:
                client.LingerState = new LingerOption(true, 0);
                break;
            case AfterReply.Hold:
                var sink = new byte[64];
                while (await client.ReceiveAsync(sink, SocketFlags.None, _stopping.Token).ConfigureAwait(false) > 0)
                {
                }

                break;
        }
    }

    /// <summary>Reads one direct-TCP frame (usually in one receive); null if the client closes first or sends a non-frame.</summary>
    private async Task<byte[]?> ReadFrameAsync(Socket client)
    {
        var buffer = new byte[512];
        var received = 0;
        var frameLength = 0;
        while (frameLength == 0 || received < frameLength)
        {
            if (received == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await client.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None, _stopping.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            received += read;
            if (frameLength == 0 && received >= DirectTcpFrame.HeaderLength)
            {
                var length = (buffer[1] << 16) | (buffer[2] << 8) | buffer[3];
                if (buffer[0] != 0 || length > DirectTcpFrame.MaxReplyLength)
                {
                    return null;
                }

                frameLength = DirectTcpFrame.HeaderLength + length;
            }
        }

        return buffer[DirectTcpFrame.HeaderLength..frameLength];
    }
}
