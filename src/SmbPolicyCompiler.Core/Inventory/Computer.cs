using System.Globalization;

namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>One computer account from the inventory CSV.</summary>
public sealed record Computer(
    string Name,
    string? DnsHostName,
    string? DistinguishedName,
    IReadOnlyList<string> MemberOf,
    string? OperatingSystem,
    string? OperatingSystemVersion,
    string? IPv4Address,
    int Line)
{
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
}
