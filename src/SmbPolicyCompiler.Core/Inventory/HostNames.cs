using System.Net;

namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>Host-name comparisons the way Windows admins expect: case-insensitive, short name or FQDN, * and ? wildcards.</summary>
public static class HostNames
{
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
    public static bool Matches(string pattern, string name, string? dnsName) =>
        Wildcard(pattern, name) || (dnsName is not null && Wildcard(pattern, dnsName)) ||
        (!pattern.Contains('.') && Wildcard(pattern, ShortName(name)));

    /// <summary>
    /// The whole text matches: * any run of characters, ? one character, anything else itself ignoring case. Matched
    /// directly rather than through a Regex per pattern (an estate has one wildcard per group: thousands of them).
    /// Backtracks to the last * only, so the cost stays pattern × text.
    /// </summary>
    private static bool Wildcard(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, star = -1, resumeAt = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resumeAt = t;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || SameLetter(pattern[p], text[t])))
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resumeAt;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>True when a plain name (no wildcard) names this computer, by short name or FQDN.</summary>
    public static bool Names(string name, string computerName, string? dnsName) =>
        string.Equals(name, computerName, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(name, dnsName, StringComparison.OrdinalIgnoreCase) ||
        (!name.Contains('.') && string.Equals(name, ShortName(dnsName ?? computerName), StringComparison.OrdinalIgnoreCase));

    private static bool SameLetter(char a, char b) =>
        a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b) || char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
}
