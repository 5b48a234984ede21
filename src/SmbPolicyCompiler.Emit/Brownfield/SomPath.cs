namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>gpreport.xml's scope-of-management paths: "corp.example.com/Servers/File Servers" → "OU=File Servers,OU=Servers,DC=corp,DC=example,DC=com".</summary>
internal static class SomPath
{
    public static string ToDistinguishedName(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var domain = string.Join(",", parts[0].Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => "DC=" + Rdn(p)));
        var ous = parts.Skip(1).Reverse().Select(p => "OU=" + Rdn(p));
        return string.Join(",", ous.Append(domain));
    }

    /// <summary>An RDN value with the characters RFC 4514 reserves escaped.</summary>
    private static string Rdn(string value) =>
        string.Concat(value.Select(c => ",+\"\\<>;=".Contains(c, StringComparison.Ordinal) ? "\\" + c : c.ToString()));
}
