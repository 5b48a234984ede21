using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Examples;

/// <summary>
/// examples/exported/: audit events of the bundled example estate (policies/), built from the manifest field tables and
/// written the ways people export them (wevtutil XML, Get-WinEvent JSON, Winlogbeat NDJSON), so that the README's
/// readiness and plan commands run on a fresh clone. Kept current like a golden file (SMBPOL_UPDATE_GOLDEN=1 rewrites).
/// </summary>
public sealed class ExampleExportsTests
{
    private static readonly DateTime First = new(2026, 10, 6, 0, 0, 0, DateTimeKind.Utc);

    private const int Days = 45;

    [Fact]
    public void ExampleExports_AreCurrent()
    {
        foreach (var (name, text) in Exports())
        {
            Golden.AssertText(Path.Combine(RepoPaths.Root, "examples", "exported", name), text);
        }
    }

    private static IEnumerable<(string Name, string Text)> Exports()
    {
        // Chicago file servers (ring broad, signing at audit): two finance desktops that do not sign; one is fixed on
        // 2026-11-05, the other keeps failing, so the burn-down shows remediation half done. A scanner still speaks SMB1.
        var chicago = new EventLog();
        for (var day = 0; day < Days; day++)
        {
            var at = First.AddDays(day).AddHours(8);
            chicago.Signing("FS-CHI-01.corp.contoso.com", "WS-FIN-007", at.AddMinutes(5), user: @"CONTOSO\jdoe");
            if (day < 30)
            {
                chicago.Signing("FS-CHI-02.corp.contoso.com", "WS-FIN-003", at.AddMinutes(20));
            }

            if (day % 3 == 0)
            {
                chicago.Smb1("FS-CHI-02.corp.contoso.com", "10.20.4.31", at.AddHours(3));
            }
        }

        yield return ("fs-chicago.xml", WevtutilXmlWriter.Write(chicago.Events, XmlShape.EventData));

        // Paris print server (ring early): scan-to-folder devices without an SPN, and one client that cannot sign
        // (FS-PAR-07's exception covers the Konica devices on the file server side).
        var paris = new EventLog();
        for (var day = 0; day < Days; day += 2)
        {
            var at = First.AddDays(day).AddHours(10);
            paris.NoSpn("PRN-PAR-01.corp.contoso.com", "10.10.3.51", at);
            paris.UnknownSpn("PRN-PAR-01.corp.contoso.com", "WS-HR-004", at.AddMinutes(30), "cifs/prn-alias.corp.contoso.com");
        }

        yield return ("prn-paris.json", GetWinEventJsonWriter.Write(paris.Events, powerShell7: true));

        // Lab (ring pilot, signing enforced): the lab file server's audit log as a SIEM forwards it.
        var lab = new EventLog();
        for (var day = 0; day < Days; day += 5)
        {
            lab.EmptySpn("LAB-FS01.corp.contoso.com", "LAB-APP03", First.AddDays(day).AddHours(14));
        }

        yield return ("lab.ndjson", WinlogbeatWriter.Write(lab.Events, dotted: false));
    }
}
