using Xunit.Sdk;

namespace SmbPolicyCompiler.TestSupport.Interop;

/// <summary>
/// Runs tests/tools/samba-backup-xml: the security descriptor of GPMC Backup.xml files as Samba's NDR reads it, their
/// SecurityGroups, and the gpreport.xml beside each (its SDDL through Samba's SDDL parser, the settings it shows).
/// A missing script or python3-samba fails the test with the fix; it never passes silently.
/// </summary>
public static class SambaBackupXml
{
    public sealed record Ace(string Sid, string Sddl);

    public sealed record Group(string Source, string Sid, string Name, string Type);

    /// <param name="ReportSddl">The DACL of the gpreport.xml beside it, or null when there is none.</param>
    /// <param name="ReportSettings">"PATH | DATA" for each setting that report shows.</param>
    public sealed record Backup(string Sddl, IReadOnlyList<Ace> Aces, IReadOnlyList<Group> Groups, string? ReportSddl, IReadOnlyList<string> ReportSettings);

    public static string ToolPath => RepoPaths.Tests("tools", "samba-backup-xml");

    /// <summary>Each file read, by the path given.</summary>
    public static IReadOnlyDictionary<string, Backup> Read(IReadOnlyList<string> files)
    {
        var (exitCode, output, errors) = ExternalTool.Run(ToolPath, files, "It runs /usr/bin/python3.", timeout: TimeSpan.FromMinutes(10));
        if (exitCode != 0)
        {
            throw new XunitException($"samba-backup-xml failed (exit {exitCode}; 2 = python3-samba missing: apt-get install -y python3-samba):\n{output}{errors}");
        }

        var read = new Dictionary<string, Backup>(StringComparer.Ordinal);
        string? path = null;
        string sddl = "";
        string? reportSddl = null;
        List<Ace> aces = [];
        List<Group> groups = [];
        List<string> reportSettings = [];
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Append("# "))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    read[path] = new Backup(sddl, aces, groups, reportSddl, reportSettings);
                }

                (path, sddl, aces, groups, reportSddl, reportSettings) = (line[2..], "", [], [], null, []);
                continue;
            }

            var parts = line.Split(" | ");
            switch (parts[0])
            {
                case "sddl": sddl = parts[1]; break;
                case "ace": aces.Add(new Ace(parts[1], parts[2])); break;
                case "group": groups.Add(new Group(parts[1], parts[2], parts[3], parts[4])); break;
                case "report-sddl": reportSddl = parts[1]; break;
                case "report-setting": reportSettings.Add(parts[1] + " | " + parts[2]); break;
                default: throw new XunitException($"samba-backup-xml printed a line it does not document: {line}");
            }
        }

        return read;
    }
}
