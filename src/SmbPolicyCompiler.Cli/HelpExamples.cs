using System.CommandLine;

namespace SmbPolicyCompiler.Cli;

/// <summary>
/// One or two examples per command, printed after its --help. They use the bundled example (policies/, examples/) so
/// each runs as written from the repository root; a test parses every one against the real commands.
/// </summary>
internal static class HelpExamples
{
    public static readonly IReadOnlyDictionary<string, string[]> ByCommand = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["smbpol"] =
        [
            "smbpol validate policies",
            "smbpol compile policies --out generated",
        ],
        ["validate"] =
        [
            "smbpol validate policies",
            "smbpol validate policies --format sarif > smbpol.sarif",
        ],
        ["explain"] =
        [
            "smbpol explain FS-PAR-07 policies",
            "smbpol explain pilot policies --kind ring",
        ],
        ["compile"] =
        [
            "smbpol compile policies --out generated",
            "smbpol compile policies --out generated --check",
        ],
        ["plan"] =
        [
            "smbpol plan --base origin/main --head policies --format markdown",
            "smbpol plan --base origin/main --events examples/exported/",
        ],
        ["drift"] =
        [
            "smbpol drift policies --source snapshots=examples/collected/",
            "smbpol drift policies --source wire --targets FS-PAR-01=192.0.2.10 --format junit --output drift.xml",
        ],
        ["readiness"] =
        [
            "smbpol readiness policies --events examples/exported/",
            "smbpol readiness policies --events examples/exported/ --format html --output readiness.html",
        ],
        ["events"] =
        [
            "smbpol events dump examples/exported/ --format ndjson",
        ],
        ["import"] =
        [
            "smbpol import gpo generated/pilot/gpo/ --out smb-policy",
        ],
        ["init"] =
        [
            "smbpol init new-policy --inventory policies/inventory/computers.csv",
            "smbpol init C:/smb-policy --inventory computers.csv --domain corp.contoso.com",
        ],
        ["gpo"] =
        [
            "smbpol import gpo generated/pilot/gpo/ --out smb-policy",
            "smbpol import gpo C:/GpoBackups/SMB-Hardening --out policies --domain corp.contoso.com",
        ],
        ["dump"] =
        [
            "smbpol events dump examples/exported/ --format ndjson",
            "smbpol events dump Microsoft-Windows-SMBServer%4Audit.evtx --id 3021 --format csv --output 3021.csv",
        ],
    };

    public static void Write(TextWriter output, Command command)
    {
        if (!ByCommand.TryGetValue(command is RootCommand ? "smbpol" : command.Name, out var examples))
        {
            return;
        }

        output.WriteLine("Examples:");
        foreach (var example in examples)
        {
            output.WriteLine("  " + example);
        }

        output.WriteLine();
    }
}
