using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// A client or server name as it appears in an audit event, normalised so that the same machine compares equal
/// across events: leading backslashes and a trailing share path removed, ":port" removed (also "[v6]:port"),
/// names lowercased, addresses in canonical form. Names and addresses are kept apart (no DNS lookups).
/// </summary>
public sealed record NetworkName(string Value, NetworkNameKind Kind) : IComparable<NetworkName>
{
    private static readonly SearchValues<char> DigitsAndDots = SearchValues.Create("0123456789.");

    public bool IsAddress => Kind != NetworkNameKind.Name;

    /// <summary>For a DNS name its first label (fs01 for fs01.contoso.com), to match NetBIOS names; an address as it is.</summary>
    public string ShortName => Kind == NetworkNameKind.Name && Value.IndexOf('.') is var dot and > 0 ? Value[..dot] : Value;

    /// <summary>Normalises a raw ClientName/ServerName/Computer value; false when nothing usable is left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(string? raw, [NotNullWhen(true)] out NetworkName? name)
    {
        name = null;
        if (raw is null)
        {
            return false;
        }

        var text = raw.AsSpan().Trim();
        if (text is "-" || text.Equals("N/A", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        text = text.TrimStart('\\').TrimStart('/');
        var pathStart = text.IndexOfAny('\\', '/');
        if (pathStart >= 0)
        {
            text = text[..pathStart];
        }

        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        if (text[0] == '[')
        {
            var close = text.IndexOf(']');
            return close > 1 && TryAddress(text[1..close], requireV6: true, out name);
        }

        var colons = text.Count(':');
        if (colons == 1)
        {
            var colon = text.IndexOf(':');
            if (IsDigits(text[(colon + 1)..]))
            {
                text = text[..colon];
            }
        }

        if (TryAddress(text, requireV6: false, out name))
        {
            return true;
        }

        // Digits and dots are a broken address, not a host name; a bare number is what Properties[0] (a *Length slot) holds.
        if (!text.ContainsAnyExcept(DigitsAndDots) || text.Contains(':') || text.ContainsAny(' ', '\t'))
        {
            return false;
        }

        name = new NetworkName(text.TrimEnd('.').ToString().ToLowerInvariant(), NetworkNameKind.Name);
        return name.Value.Length > 0;
    }

    public static NetworkName? Parse(string? raw) => TryParse(raw, out var name) ? name : null;

    public int CompareTo(NetworkName? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Value, other.Value);
    }

    public override string ToString() => Value;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryAddress(ReadOnlySpan<char> text, bool requireV6, [NotNullWhen(true)] out NetworkName? name)
    {
        name = null;
        var zone = text.IndexOf('%');
        var core = zone >= 0 ? text[..zone] : text;
        var isV6Text = core.Contains(':');
        if (requireV6 && !isV6Text)
        {
            return false;
        }

        if (!isV6Text && !IsDottedQuad(core))
        {
            return false;
        }

        if (!IPAddress.TryParse(core, out var address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var kind = address.AddressFamily == AddressFamily.InterNetwork ? NetworkNameKind.IPv4 : NetworkNameKind.IPv6;
        name = new NetworkName(address.ToString().ToLowerInvariant(), kind);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDottedQuad(ReadOnlySpan<char> text)
    {
        var parts = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (part.IsEmpty || part.Length > 3 || !IsDigits(part) ||
                int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                return false;
            }

            parts++;
        }

        return parts == 4;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
