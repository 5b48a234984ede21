namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>Compares LDAP distinguished names the forgiving way: case-insensitive, spaces after commas ignored.</summary>
public static class DistinguishedNames
{
    public static string Normalize(string dn)
    {
        // Each comma-separated part trimmed, lower-cased: one string built, none per part (the inventory calls this per computer).
        Span<char> buffer = dn.Length <= 512 ? stackalloc char[dn.Length] : new char[dn.Length];
        var length = 0;
        foreach (var range in dn.AsSpan().Split(','))
        {
            if (range.Start.Value > 0)
            {
                buffer[length++] = ',';
            }

            var part = dn.AsSpan(range).Trim();
            length += part.ToLowerInvariant(buffer[length..]);
        }

        return buffer[..length].SequenceEqual(dn) ? dn : new string(buffer[..length]);
    }

    /// <summary>True when the object's DN lies in the OU or below it.</summary>
    public static bool IsUnder(string objectDn, string ouDn)
    {
        var obj = Normalize(objectDn);
        var ou = Normalize(ouDn);
        return obj.EndsWith("," + ou, StringComparison.Ordinal);
    }

    /// <summary>The common name of a group DN ("CN=SG-Servers,OU=Groups,DC=x" → "SG-Servers"), or the text itself.</summary>
    public static string CommonName(string dnOrName)
    {
        var first = dnOrName.Split(',')[0].Trim();
        return first.StartsWith("CN=", StringComparison.OrdinalIgnoreCase) ? first[3..] : dnOrName.Trim();
    }

    public static bool SameGroup(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal) ||
        string.Equals(CommonName(a), CommonName(b), StringComparison.OrdinalIgnoreCase);
}
