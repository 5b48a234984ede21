using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.TestSupport;

/// <summary>
/// Writes a large, valid policy repository for benchmarks and scale tests: rings in promotion order (earlier rings
/// further along), a computers inventory and exceptions. Groups choose their hosts by one OU, AD group or host-name
/// wildcard each (<see cref="EstateShape.OneSelectorPerGroup"/>), or by all of them at once (<see cref="EstateShape.Mixed"/>).
/// </summary>
public static class SyntheticEstate
{
    public static readonly DateOnly AsOf = new(2026, 11, 21);

    public static void Write(string folder, int hosts = 20_000, int groups = 2_000, int rings = 10, EstateShape shape = EstateShape.OneSelectorPerGroup)
    {
        var mixed = shape == EstateShape.Mixed;
        Action<StringBuilder, StringBuilder, int, int> appendGroup = mixed ? MixedEstate.AppendGroup : AppendGroup;
        Directory.CreateDirectory(Path.Combine(folder, "groups"));
        var hostsPerGroup = Math.Max(1, hosts / groups);
        File.WriteAllText(Path.Combine(folder, "policy.yaml"), Policy());
        File.WriteAllText(Path.Combine(folder, "rings.yaml"), Rings(rings, groups));
        var inventory = new StringBuilder("\"Name\",\"DNSHostName\",\"DistinguishedName\",\"MemberOf\",\"OperatingSystem\",\"OperatingSystemVersion\"\n");
        for (var chunk = 0; chunk < groups; chunk += 100)
        {
            var yaml = new StringBuilder("groups:\n");
            for (var g = chunk; g < Math.Min(groups, chunk + 100); g++)
            {
                appendGroup(yaml, inventory, g, hostsPerGroup);
            }

            File.WriteAllText(Path.Combine(folder, "groups", $"groups-{chunk / 100:D3}.yaml"), yaml.ToString());
        }

        File.WriteAllText(Path.Combine(folder, "computers.csv"), inventory.ToString());
        File.WriteAllText(Path.Combine(folder, "exceptions.yaml"), mixed ? MixedEstate.Exceptions(groups, hostsPerGroup, hosts / 100) : Exceptions(groups, hostsPerGroup));
    }

    private static string Policy() => """
        policy:
          name: synthetic-estate
          domain: corp.example.com
          inventory: computers.csv
          maxExceptionDays: 365
          defaults:
            gates:
              serverSigning: { minAuditDays: 14, readinessPercent: 98, maxIncompatibleClients: 0 }

        """;

    private static string Rings(int rings, int groups)
    {
        var yaml = new StringBuilder("rings:\n");
        var perRing = groups / rings;
        for (var r = 0; r < rings; r++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - name: ring-{r:D2}\n    description: Synthetic ring {r}\n    groups:\n");
            for (var g = r * perRing; g < (r == rings - 1 ? groups : (r + 1) * perRing); g++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      - group-{g:D5}\n");
            }

            var audit = new DateOnly(2026, 1, 5).AddDays(7 * r);
            yaml.Append("    controls:\n");
            yaml.Append(CultureInfo.InvariantCulture, $"      smb1Server: {{ audit: {Date(audit)}, disabled: {Date(audit.AddDays(30))} }}\n");
            yaml.Append(r < rings / 2
                ? $"      serverSigning: {{ audit: {Date(audit)}, enforce: {Date(audit.AddDays(60))} }}\n"
                : $"      serverSigning: {{ audit: {Date(audit)} }}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"      spnValidation: {{ audit: {Date(audit.AddDays(90))} }}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"      clientSigning: {{ audit: {Date(audit)} }}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"      authRateLimiter: {{ on: {Date(audit)} }}\n");
        }

        return yaml.ToString();
    }

    private static void AppendGroup(StringBuilder yaml, StringBuilder inventory, int g, int hostsPerGroup)
    {
        var kind = g % 3;
        var role = g % 5 == 4 ? "client" : "server";
        yaml.Append(CultureInfo.InvariantCulture, $"  - name: group-{g:D5}\n    description: Synthetic group {g}\n    owner: team-{g % 40}@example.com\n    role: {role}\n    members:\n");
        yaml.Append(kind switch
        {
            0 => $"      ous: [\"OU=G{g:D5},OU=Servers,DC=corp,DC=example,DC=com\"]\n",
            1 => $"      adGroups: [\"SG-Group-{g:D5}\"]\n",
            _ => $"      hosts: [\"h{g:D5}-*\"]\n",
        });
        for (var h = 0; h < hostsPerGroup; h++)
        {
            var name = $"H{g:D5}-{h:D3}";
            var ou = kind == 0 ? $"OU=G{g:D5},OU=Servers" : "OU=Other,OU=Servers";
            var memberOf = kind == 1 ? $"CN=SG-Group-{g:D5},OU=Groups,DC=corp,DC=example,DC=com" : "";
            inventory.Append(CultureInfo.InvariantCulture,
                $"\"{name}\",\"{name.ToLowerInvariant()}.corp.example.com\",\"CN={name},{ou},DC=corp,DC=example,DC=com\",\"{memberOf}\",\"Windows Server 2022 Standard\",\"10.0 (20348)\"\n");
        }
    }

    private static string Exceptions(int groups, int hostsPerGroup)
    {
        var yaml = new StringBuilder("exceptions:\n");
        for (var g = 0; g < groups; g += 10)
        {
            yaml.Append(CultureInfo.InvariantCulture,
                $"  - id: EXC-{g:D5}\n    hosts: [H{g:D5}-{hostsPerGroup - 1:D3}]\n    control: smb1Server\n    stage: audit\n    reason: Synthetic legacy client\n    owner: owner@example.com\n    ticket: CHG-{g}\n    created: 2026-10-01\n    expires: 2027-03-01\n");
        }

        return yaml.ToString();
    }

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
