using System.Net;
using System.Net.Sockets;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Asks the kernel for a TCP port that is free right now on an address.</summary>
public static class FreePort
{
    public static int On(IPAddress address)
    {
        using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(address, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    /// <summary>A closed port: bound (so nobody else gets it) but not listening, so connections are refused.</summary>
    public static Socket Closed(IPAddress address, out int port)
    {
        var holder = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(address, 0));
        port = ((IPEndPoint)holder.LocalEndPoint!).Port;
        return holder;
    }
}
