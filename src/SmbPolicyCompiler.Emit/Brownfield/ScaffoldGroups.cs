using System.Text;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>A group <c>init</c> suggests: an OU (null for computers chosen by name) and the computers it means.</summary>
internal sealed record ScaffoldGroup(string Name, string? Ou, IReadOnlyList<string> Hosts, string Role);

/// <summary>
/// Groups from the inventory's OUs: one per OU that directly holds computers. An OU whose subtree holds another such
/// OU lists its own computers by name instead (an OU member means the OU and below; a host may be in one group only).
/// Role: server when every member runs a server OS, client when none does, both otherwise.
/// </summary>
internal static class ScaffoldGroups
{
    public static IReadOnlyList<ScaffoldGroup> FromInventory(ComputerInventory inventory)
    {
        var byOu = inventory.Computers
            .GroupBy(c => ParentOf(c.DistinguishedName) ?? "", StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var ous = byOu.Select(g => g.Key).Where(k => k.Length > 0).ToList();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = new List<ScaffoldGroup>();
        foreach (var computers in byOu)
        {
            var ou = computers.Key.Length == 0 ? null : computers.Key;
            var byName = ou is null || ous.Any(other => !other.Equals(ou, StringComparison.OrdinalIgnoreCase) && DistinguishedNames.IsUnder(other, ou));
            var name = Unique(used, ou is null ? "unplaced-computers" : NameOf(ou));
            var hosts = computers.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
            var servers = computers.Count(c => c.OperatingSystem?.Contains("Server", StringComparison.OrdinalIgnoreCase) == true);
            var role = servers == computers.Count() ? "server" : servers == 0 ? "client" : "both";
            groups.Add(new ScaffoldGroup(name, byName ? null : ou, hosts, role));
        }

        return groups;
    }

    public static string Yaml(IReadOnlyList<ScaffoldGroup> groups)
    {
        var yaml = new StringBuilder(PolicyScaffold.Marker + " Groups: one per OU of the inventory that holds computers. A suggestion:\n")
            .Append("# merge, split and rename them as the rollout needs (a host may be in one group only).\n\ngroups:\n");
        foreach (var group in groups)
        {
            yaml.Append("  - name: ").Append(Escape.YamlDoubleQuoted(group.Name)).Append('\n')
                .Append("    role: ").Append(group.Role).Append('\n')
                .Append("    members:\n");
            if (group.Ou is { } ou)
            {
                yaml.Append("      ous: [").Append(Escape.YamlDoubleQuoted(ou)).Append("]   # ")
                    .Append(group.Hosts.Count).Append(" computer(s) in the inventory\n");
            }
            else
            {
                yaml.Append("      hosts: [").Append(string.Join(", ", group.Hosts.Select(Escape.YamlDoubleQuoted))).Append("]\n");
            }
        }

        return yaml.ToString();
    }

    /// <summary>The DN of the object's container ("CN=FS01,OU=Paris,DC=x" → "OU=Paris,DC=x"), when it is an OU.</summary>
    private static string? ParentOf(string? dn)
    {
        if (dn is null)
        {
            return null;
        }

        for (var i = 0; i < dn.Length; i++)
        {
            if (dn[i] == '\\')
            {
                i++;
            }
            else if (dn[i] == ',')
            {
                var parent = dn[(i + 1)..].Trim();
                return parent.StartsWith("OU=", StringComparison.OrdinalIgnoreCase) ? parent : null;
            }
        }

        return null;
    }

    /// <summary>The OU path, innermost first, as a name: "OU=File Servers,OU=Paris,..." → "file-servers-paris".</summary>
    private static string NameOf(string ou) =>
        PolicyScaffold.Slug(string.Join("-", ou.Split(',').Where(p => p.Trim().StartsWith("OU=", StringComparison.OrdinalIgnoreCase)).Select(p => p.Trim()[3..])));

    private static string Unique(HashSet<string> used, string name)
    {
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{name}-{i}";
        }

        return candidate;
    }
}
