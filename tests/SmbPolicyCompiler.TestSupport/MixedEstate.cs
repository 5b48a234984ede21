using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.TestSupport;

/// <summary>
/// The groups and exceptions of <see cref="EstateShape.Mixed"/> (<see cref="SyntheticEstate"/> writes the rest of the
/// folder): groups each mixing OU, AD-group, explicit and wildcard members, and N/100 exceptions (by host and by group).
/// Of a group's hosts, 30% are in its OU, 30% in its AD group, 20% named and 20% matched by a wildcard.
/// </summary>
internal static class MixedEstate
{
    public static void AppendGroup(StringBuilder yaml, StringBuilder inventory, int g, int perGroup)
    {
        var byOu = perGroup * 3 / 10;
        var byAdGroup = perGroup * 3 / 10;
        var named = perGroup * 2 / 10;
        var site = $"OU=Site{g % 50:D2},OU=Servers";
        var ou = $"OU=G{g:D5},OU=Role{g % 7},{site},DC=corp,DC=example,DC=com";
        var names = new List<string>();
        for (var h = 0; h < perGroup; h++)
        {
            var kind = h < byOu ? 0 : h < byOu + byAdGroup ? 1 : h < byOu + byAdGroup + named ? 2 : 3;
            var name = kind == 3 ? Wildcarded(g, h) : $"H{g:D5}-{h:D3}";
            var container = kind == 0 ? ou : $"OU=Other,{site},DC=corp,DC=example,DC=com";
            var memberOf = new List<string> { "CN=SG-All-Servers,OU=Groups,DC=corp,DC=example,DC=com", $"CN=SG-Patch-{(g + h) % 7},OU=Groups,DC=corp,DC=example,DC=com" };
            if (kind == 1)
            {
                memberOf.Add($"CN=SG-Group-{g:D5},OU=Groups,DC=corp,DC=example,DC=com");
            }

            if (kind == 2)
            {
                names.Add(h % 2 == 0 ? name : $"{name.ToLowerInvariant()}.corp.example.com");
            }

            inventory.Append(CultureInfo.InvariantCulture,
                $"\"{name}\",\"{name.ToLowerInvariant()}.corp.example.com\",\"CN={name},{container}\",\"{string.Join(';', memberOf)}\",\"Windows Server 2022 Standard\",\"10.0 (20348)\"\n");
        }

        var role = g % 5 == 4 ? "client" : "server";
        yaml.Append(CultureInfo.InvariantCulture, $"  - name: group-{g:D5}\n    description: Synthetic mixed group {g}\n    owner: team-{g % 40}@example.com\n    role: {role}\n    members:\n");
        yaml.Append(CultureInfo.InvariantCulture, $"      ous: [\"{ou}\"]\n");
        yaml.Append(CultureInfo.InvariantCulture, $"      adGroups: [\"SG-Group-{g:D5}\"]\n");
        names.Add(g % 2 == 0 ? $"w{g:D5}-*" : $"*-w{g:D5}");
        yaml.Append("      hosts: [").Append(string.Join(", ", names.Select(n => $"\"{n}\""))).Append("]\n");
    }

    /// <summary>Hosts matched by wildcard: even groups by a prefix ("w00012-*"), odd groups by a suffix ("*-w00013").</summary>
    private static string Wildcarded(int g, int h) => g % 2 == 0 ? $"W{g:D5}-{h:D3}" : $"X{h:D3}-W{g:D5}";

    public static string Exceptions(int groups, int perGroup, int count)
    {
        var yaml = new StringBuilder("exceptions:\n");
        for (var i = 0; i < count; i++)
        {
            var g = (int)((long)i * groups / Math.Max(1, count));
            var target = i % 4 == 3 ? $"groups: [group-{g:D5}]" : $"hosts: [H{g:D5}-{perGroup * 3 / 10:D3}]";
            yaml.Append(CultureInfo.InvariantCulture,
                $"  - id: EXC-{i:D6}\n    {target}\n    control: smb1Server\n    stage: audit\n    reason: Synthetic legacy client\n    owner: owner@example.com\n    ticket: CHG-{i}\n    created: 2026-10-01\n    expires: 2027-03-01\n");
        }

        return yaml.ToString();
    }
}
