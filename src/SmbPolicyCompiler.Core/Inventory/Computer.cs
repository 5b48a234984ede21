using System.Globalization;

namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>One computer account from the inventory CSV.</summary>
public sealed record Computer
{
    // A DN of the usual form "CN=<name>,<container>" is kept as its name and its container, one instance of which the
    // inventory reader shares between the computers of an OU: the whole DN was the biggest string of an inventory row.
    private readonly string? _commonName;
    private readonly string? _container;
    private readonly string? _otherDn;

    public Computer(
        string Name,
        string? DnsHostName,
        string? DistinguishedName,
        IReadOnlyList<string> MemberOf,
        string? OperatingSystem,
        string? OperatingSystemVersion,
        string? IPv4Address,
        int Line)
        : this(Name, DnsHostName, DistinguishedName, MemberOf, OperatingSystem, OperatingSystemVersion, IPv4Address, Line, shareContainer: null)
    {
    }

    /// <param name="shareContainer">Gives the one instance of equal container texts.</param>
    internal Computer(
        string name,
        string? dnsHostName,
        string? distinguishedName,
        IReadOnlyList<string> memberOf,
        string? operatingSystem,
        string? operatingSystemVersion,
        string? iPv4Address,
        int line,
        Func<string, string>? shareContainer)
    {
        (Name, DnsHostName, MemberOf, Line) = (name, dnsHostName, memberOf, line);
        (OperatingSystem, OperatingSystemVersion, IPv4Address) = (operatingSystem, operatingSystemVersion, iPv4Address);
        (_commonName, _container, _otherDn) = Split(name, distinguishedName, shareContainer);
    }

    public string Name { get; init; }

    public string? DnsHostName { get; init; }

    public string? DistinguishedName
    {
        get => _container is null ? _otherDn : string.Concat("CN=", _commonName, ",", _container);
        init => (_commonName, _container, _otherDn) = Split(Name, value, null);
    }

    public IReadOnlyList<string> MemberOf { get; init; }

    public string? OperatingSystem { get; init; }

    public string? OperatingSystemVersion { get; init; }

    public string? IPv4Address { get; init; }

    public int Line { get; init; }

    /// <summary>What the DN names the computer's container (the part after "CN=&lt;name&gt;,"), when it has the usual form; else null.</summary>
    internal string? Container => _container;

    /// <summary>The build number from an OperatingSystemVersion such as "10.0 (20348)", when present.</summary>
    public int? Build
    {
        get
        {
            var v = OperatingSystemVersion;
            var open = v?.IndexOf('(') ?? -1;
            var close = v?.IndexOf(')') ?? -1;
            return open >= 0 && close > open && int.TryParse(v![(open + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture, out var build)
                ? build
                : null;
        }
    }

    /// <summary>Windows releases before Windows 8 / Server 2012 (build 9200) speak no SMB 3 and cannot encrypt.</summary>
    public bool CannotEncrypt =>
        Build is < 9200 ||
        OperatingSystem is { } os && (os.Contains("Windows 7", StringComparison.OrdinalIgnoreCase) ||
            os.Contains("2008", StringComparison.OrdinalIgnoreCase) ||
            os.Contains("Windows XP", StringComparison.OrdinalIgnoreCase) ||
            os.Contains("2003", StringComparison.OrdinalIgnoreCase));

    private static (string? CommonName, string? Container, string? Other) Split(string name, string? dn, Func<string, string>? shareContainer)
    {
        var prefixLength = 3 + name.Length + 1;
        if (dn is null || dn.Length <= prefixLength || name.Contains(',') || !dn.StartsWith("CN=", StringComparison.Ordinal) ||
            !dn.AsSpan(3).StartsWith(name, StringComparison.Ordinal) || dn[prefixLength - 1] != ',')
        {
            return (null, null, dn);
        }

        var container = dn[prefixLength..];
        return (name, shareContainer?.Invoke(container) ?? container, null);
    }
}
