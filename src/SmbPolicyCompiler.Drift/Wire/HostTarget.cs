using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>
/// A host to probe: a DNS name or IP address and a TCP port.
/// Written "name", "name:port", "1.2.3.4:445", "[::1]:4455" or a bare IPv6 address ("::1").
/// </summary>
public sealed record HostTarget
{
    public const int DefaultPort = 445;

    public HostTarget(string host, int port = DefaultPort)
    {
        if (!IsValidHost(host, out var error))
        {
            throw new ArgumentException(error, nameof(host));
        }

        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, "A TCP port is 1 to 65535.");
        }

        Host = host;
        Port = port;
    }

    /// <summary>The name or address, without brackets.</summary>
    public string Host { get; }

    public int Port { get; }

    /// <summary>The address when <see cref="Host"/> is an IP literal, else null (a name to resolve).</summary>
    public IPAddress? Address => ParseLiteral(Host);

    public static HostTarget Parse(string text) =>
        TryParse(text, out var target, out var error) ? target : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out HostTarget? target, [NotNullWhen(false)] out string? error)
    {
        target = null;
        var trimmed = text?.Trim() ?? "";
        if (!TrySplit(trimmed, out var host, out var portText, out error))
        {
            return false;
        }

        var port = DefaultPort;
        if (portText is not null && !TryParsePort(trimmed, portText, out port, out error))
        {
            return false;
        }

        if (!IsValidHost(host, out var hostError))
        {
            error = $"'{trimmed}': {hostError}";
            return false;
        }

        target = new HostTarget(host, port);
        error = null;
        return true;
    }

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    private static bool TrySplit(string text, out string host, out string? portText, [NotNullWhen(false)] out string? error)
    {
        host = text;
        portText = null;
        error = null;
        if (text.Length == 0)
        {
            error = "empty host target; write a name or address, optionally with :port (server1, server1:445, 10.0.0.5:445, [::1]:445)";
            return false;
        }

        if (text[0] == '[')
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                error = $"'{text}': '[' opens an IPv6 address but there is no ']'; write [::1]:445";
                return false;
            }

            host = text[1..close];
            if (ParseLiteral(host)?.AddressFamily != AddressFamily.InterNetworkV6)
            {
                error = $"'{text}': brackets are only for IPv6 addresses, and '{host}' is not one";
                return false;
            }

            var rest = text[(close + 1)..];
            if (rest.Length == 0)
            {
                return true;
            }

            if (rest[0] != ':')
            {
                error = $"'{text}': expected ':port' after ']' but found '{rest}'";
                return false;
            }

            portText = rest[1..];
            return true;
        }

        var colons = text.Count(c => c == ':');
        if (colons == 1)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            host = text[..colon];
            portText = text[(colon + 1)..];
        }

        return true;
    }

    private static bool TryParsePort(string text, string portText, out int port, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535)
        {
            return true;
        }

        error = $"'{text}': port '{portText}' is not a number from 1 to 65535";
        return false;
    }

    private static bool IsValidHost(string host, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (ParseLiteral(host) is not null)
        {
            return true;
        }

        if (host.Contains(':', StringComparison.Ordinal))
        {
            error = $"'{host}' is not a valid IPv6 address (write [address]:port to give a port)";
            return false;
        }

        if (host.Length > 0 && host.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            error = $"'{host}' is not a valid IPv4 address";
            return false;
        }

        if (host.Length is 0 or > 253)
        {
            error = host.Length == 0 ? "the host part is empty" : "a host name is at most 253 characters";
            return false;
        }

        var labels = host.TrimEnd('.').Split('.');
        if (labels.All(IsValidLabel))
        {
            return true;
        }

        error = $"'{host}' is not a valid host name (letters, digits, '-', '_' and '.'; no empty parts)";
        return false;
    }

    private static bool IsValidLabel(string label) =>
        label.Length is >= 1 and <= 63
        && label[0] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static IPAddress? ParseLiteral(string host)
    {
        var looksLikeLiteral = host.Contains(':', StringComparison.Ordinal)
            || (host.Count(c => c == '.') == 3 && host.All(c => char.IsAsciiDigit(c) || c == '.'));
        return looksLikeLiteral && IPAddress.TryParse(host, out var address) ? address : null;
    }
}
