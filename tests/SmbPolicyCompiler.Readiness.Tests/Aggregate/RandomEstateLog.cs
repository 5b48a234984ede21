using SmbPolicyCompiler.Readiness.Tests.Support;

namespace SmbPolicyCompiler.Readiness.Tests.Aggregate;

/// <summary>
/// A month of audit events across the test estate from a fixed seed: every event kind, clients named in every way
/// events name them (\\NAME, NAME.fqdn, upper and lower case, addresses), policy clients, users and SPNs, a client
/// that hits many servers in a day (more alert servers in no ring than the report lists) and one with more users than it keeps.
/// </summary>
internal static class RandomEstateLog
{
    private static readonly string[] Servers =
        ["PFS1.corp.example.com", "PFS2", "pfs3.corp.example.com", "BFS1.corp.example.com", "BFS2", "LFS1.corp.example.com", "OTHER-FS.corp.example.com"];

    private static readonly string[] Clients =
        ["\\\\PWS1", "pws2.corp.example.com", "\\\\NAS-01", "nas-02", "10.1.2.3", "\\\\10.1.2.4", "SCANNER", "\\\\Printer-7.corp.example.com", "fe80::1", "[2001:db8::5]:445"];

    public static EventLog Build(int seed, int events)
    {
        var random = new Random(seed);
        var log = new EventLog();
        for (var i = 0; i < events; i++)
        {
            var server = Servers[random.Next(Servers.Length)];
            var client = Clients[random.Next(Clients.Length)];
            var at = TestEstate.April(1 + random.Next(28), random.Next(24), random.Next(60)).AddSeconds(random.Next(60));
            switch (random.Next(11))
            {
                case 0: log.Smb1(server, client, at); break;
                case 1: log.Signing(server, client, at); break;
                case 2: log.Signing(server, client, at, $"CORP\\user{random.Next(8)}"); break;
                case 3: log.NoEncryption(server, client, at); break;
                case 4: log.Guest(server, client, at); break;
                case 5: log.NoSpn(server, client, at); break;
                case 6: log.UnknownSpn(server, client, at, $"cifs/alias{random.Next(5)}.corp.example.com"); break;
                case 7: log.EmptySpn(server, client, at); break;
                case 8: log.Smb1Signing(server, client, at); break;
                case 9: log.ServerCannotSign(random.Next(2) == 0 ? "PWS1" : "pws2.corp.example.com", server, at); break;
                default: log.ServerCannotEncrypt("PWS1.corp.example.com", server, at); break;
            }
        }

        // One client over the alert threshold against every server on one day (five of them in no ring: the alert rule
        // counts per ring, so that is where it has more servers than the report lists), and one with more users than the report keeps.
        foreach (var server in Servers.Concat(["OTHER-FS2", "OTHER-FS3", "OTHER-FS4", "OTHER-FS5"]))
        {
            for (var n = 0; n < 3; n++)
            {
                log.Signing(server, "\\\\BUSY-CLIENT", TestEstate.April(15, 10, n * 7 + server.Length % 7));
                log.NoSpn(server, "\\\\BUSY-CLIENT", TestEstate.April(15, 11, n * 5 + server.Length % 5));
            }
        }

        for (var n = 0; n < 70; n++)
        {
            log.Signing(Servers[n % Servers.Length], "\\\\SHARED-KIOSK", TestEstate.April(1 + n % 28, 8, n % 60), $"CORP\\kiosk{n:D3}");
        }

        return log;
    }
}
