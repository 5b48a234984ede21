using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>
/// A policy that names the synthetic log's computers: its 50 file servers (FS01-FS50) in three server rings and its
/// 2,000 workstations (WS-00000...) as the pilot's clients, every audited control at audit, and an inventory.
/// </summary>
internal static class SyntheticAuditPolicy
{
    public static readonly DateOnly AsOf = new(2025, 11, 1);

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "policy.yaml"), """
            policy:
              name: benchmark-estate
              domain: contoso.com
              inventory: computers.csv
              defaults:
                gates:
                  serverSigning: { minAuditDays: 14, readinessPercent: 98, maxIncompatibleClients: 0 }
                  spnValidation: { minAuditDays: 14, readinessPercent: 95 }
            groups:
              - { name: fs-a, role: server, members: { hosts: ["FS0*"] } }
              - { name: fs-b, role: server, members: { hosts: ["FS1*", "FS2*"] } }
              - { name: fs-c, role: server, members: { hosts: ["FS3*", "FS4*", "FS5*"] } }
              - { name: workstations, role: client, members: { hosts: ["WS-*"] } }
            rings:
              - name: pilot
                groups: [fs-a, workstations]
                controls:
                  serverSigning: { audit: 2025-09-01 }
                  spnValidation: { audit: 2025-09-01 }
                  serverEncryption: { audit: 2025-09-01 }
                  smb1Server: { audit: 2025-09-01 }
                  insecureGuestLogons: { audit: 2025-09-01 }
                  clientSigning: { audit: 2025-09-01 }
                  clientEncryption: { audit: 2025-09-01 }
              - name: early
                groups: [fs-b]
                controls:
                  serverSigning: { audit: 2025-09-15 }
                  spnValidation: { audit: 2025-09-15 }
                  smb1Server: { audit: 2025-09-15 }
              - name: broad
                groups: [fs-c]
                controls:
                  serverSigning: { audit: 2025-10-01 }
                  smb1Server: { audit: 2025-10-01 }

            """);
        var inventory = new StringBuilder("\"Name\",\"DNSHostName\",\"DistinguishedName\",\"MemberOf\",\"OperatingSystem\",\"OperatingSystemVersion\"\n");
        for (var s = 1; s <= SyntheticAuditLog.Servers; s++)
        {
            Row(inventory, $"FS{s:00}", "OU=Servers");
        }

        for (var c = 0; c < SyntheticAuditLog.Clients; c++)
        {
            Row(inventory, $"WS-{c:00000}", "OU=Workstations");
        }

        File.WriteAllText(Path.Combine(folder, "computers.csv"), inventory.ToString());
    }

    private static void Row(StringBuilder csv, string name, string ou) => csv.Append(CultureInfo.InvariantCulture,
        $"\"{name}\",\"{name.ToLowerInvariant()}.contoso.com\",\"CN={name},{ou},DC=contoso,DC=com\",\"\",\"Windows Server 2022 Standard\",\"10.0 (20348)\"\n");
}
