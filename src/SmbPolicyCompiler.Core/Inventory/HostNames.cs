using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>Host-name comparisons the way Windows admins expect: case-insensitive, short name or FQDN, * and ? wildcards.</summary>
public static class HostNames
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>The first label of a DNS name ("fs01.corp.contoso.com" → "fs01"); IP addresses are kept whole.</summary>
    public static string ShortName(string name)
    {
        if (IPAddress.TryParse(name, out _))
        {
            return name;
        }

        var dot = name.IndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>The key hosts are identified by: the lower-case short name.</summary>
    public static string Key(string name) => ShortName(name.Trim()).ToLowerInvariant();

    public static bool IsWildcard(string pattern) => pattern.IndexOfAny(['*', '?']) >= 0;

    /// <summary>True when the pattern matches the short name or the DNS name.</summary>
    public static bool Matches(string pattern, string name, string? dnsName)
    {
        var regex = WildcardRegex(pattern);
        return regex.IsMatch(name) || (dnsName is not null && regex.IsMatch(dnsName)) ||
               (!pattern.Contains('.') && regex.IsMatch(ShortName(name)));
    }

    /// <summary>True when a plain name (no wildcard) names this computer, by short name or FQDN.</summary>
    public static bool Names(string name, string computerName, string? dnsName) =>
        string.Equals(name, computerName, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(name, dnsName, StringComparison.OrdinalIgnoreCase) ||
        (!name.Contains('.') && string.Equals(name, ShortName(dnsName ?? computerName), StringComparison.OrdinalIgnoreCase));

    private static Regex WildcardRegex(string pattern) => Patterns.GetOrAdd(pattern, p => new Regex(
        "^" + Regex.Escape(p).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1)));
}
