using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>What <c>smbpol init</c> is asked: the folder, the inventory CSV to copy in, the domain (null: from the inventory) and the day.</summary>
public sealed record ScaffoldOptions(string Folder, string InventoryPath, string? Domain, DateOnly AsOf, string? Name = null);

/// <summary>The files written (relative paths, sorted) or none, and the diagnostics.</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// <c>smbpol init</c>: a new policy repository that validates at once — the policy section, the inventory, one group
/// per OU that holds computers (by host name where a deeper OU has its own group, so no host is in two groups),
/// a pilot ring (the smallest group) and a broad ring, both at audit, a README and a CI workflow.
/// </summary>
public static class PolicyScaffold
{
    public const string Marker = "# Written by smbpol init.";
    public const string InventoryFile = "inventory/computers.csv";

    public static ScaffoldResult Create(ScaffoldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bag = new DiagnosticBag();
        var inventory = InventoryReader.Read(options.InventoryPath, options.InventoryPath, bag);
        var problems = bag.ToList();
        if (inventory is null || bag.HasErrors)
        {
            return new ScaffoldResult([], problems);
        }

        if (Directory.Exists(options.Folder) && Directory.EnumerateFileSystemEntries(options.Folder).FirstOrDefault() is { } existing)
        {
            return new ScaffoldResult([], [.. problems, ImportDiagnostics.ForeignFiles(options.Folder, existing)]);
        }

        var groups = ScaffoldGroups.FromInventory(inventory);
        var domain = options.Domain ?? DomainOf(inventory);
        if (groups.Count == 0 || domain is null)
        {
            return new ScaffoldResult([], [.. problems, groups.Count == 0 ? ImportDiagnostics.EmptyInventory(options.InventoryPath) : ImportDiagnostics.NoDomain(options.InventoryPath)]);
        }

        var name = options.Name ?? Slug(Path.GetFileName(Path.GetFullPath(options.Folder).TrimEnd(Path.DirectorySeparatorChar))) + "-smb-hardening";
        var files = new Dictionary<string, string>
        {
            ["policy.yaml"] = PolicyYaml(name, domain),
            ["groups.yaml"] = ScaffoldGroups.Yaml(groups),
            ["rings.yaml"] = RingsYaml(groups, options.AsOf),
            ["README.md"] = Readme(name),
            [".github/workflows/smbpol.yml"] = Workflow(),
            [InventoryFile] = File.ReadAllText(options.InventoryPath),
        };
        WrittenFolder.Write(options.Folder, files);
        return new ScaffoldResult([.. files.Keys.Order(StringComparer.Ordinal)], problems);
    }

    /// <summary>A policy or group name from a folder name or an OU path.</summary>
    public static string Slug(string text) => Slugs.Of(text, "smb", 50);

    private static string? DomainOf(ComputerInventory inventory) =>
        inventory.Computers.Select(c => c.DistinguishedName).OfType<string>()
            .Select(dn => string.Join(".", dn.Split(',').Where(p => p.Trim().StartsWith("DC=", StringComparison.OrdinalIgnoreCase)).Select(p => p.Trim()[3..])))
            .FirstOrDefault(d => d.Contains('.', StringComparison.Ordinal));

    private static string PolicyYaml(string name, string domain) => $"""
        {Marker} The policy section: settings for the whole repository (docs: policy-language.md of smbpol).
        # yaml-language-server: $schema=https://smbpol.invalid/schemas/smbpol.schema.json

        policy:
          name: {Escape.YamlDoubleQuoted(name)}
          domain: {Escape.YamlDoubleQuoted(domain)}
          description: "Require SMB signing and retire SMB1, ring by ring: audit first, enforce when the readiness report says so."
          inventory: {InventoryFile}           # refresh it with Get-ADComputer ... | Export-Csv (see README.md)

        """;

    private static string RingsYaml(IReadOnlyList<ScaffoldGroup> groups, DateOnly asOf)
    {
        var pilot = groups.OrderBy(g => g.Hosts.Count).ThenBy(g => g.Name, StringComparer.Ordinal).First();
        var broad = groups.Where(g => g != pilot).ToList();
        var yaml = new StringBuilder(Marker + " Rings, in promotion order: pilot first. Both start at audit; promote a ring\n")
            .Append("# by adding a stage with its date, e.g.  serverSigning: { audit: 2026-01-05, enforce: 2026-02-16 }\n\nrings:\n");
        Ring(yaml, "pilot", "The first group to move: the smallest.", [pilot], asOf);
        if (broad.Count > 0)
        {
            Ring(yaml, "broad", "Everyone else.", broad, asOf);
        }

        return yaml.ToString();
    }

    private static void Ring(StringBuilder yaml, string name, string description, IReadOnlyList<ScaffoldGroup> groups, DateOnly asOf)
    {
        var date = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yaml.Append("  - name: ").Append(name).Append('\n')
            .Append("    description: ").Append(Escape.YamlDoubleQuoted(description)).Append('\n')
            .Append("    groups: [").Append(string.Join(", ", groups.Select(g => Escape.YamlDoubleQuoted(g.Name)))).Append("]\n")
            .Append("    controls:\n");
        if (groups.Any(g => g.Role != "client"))
        {
            yaml.Append("      serverSigning: { audit: ").Append(date).Append(" }\n")
                .Append("      smb1Server:    { audit: ").Append(date).Append(" }\n");
        }

        if (groups.Any(g => g.Role != "server"))
        {
            yaml.Append("      clientSigning: { audit: ").Append(date).Append(" }\n");
        }
    }

    private static string Readme(string name) => $$$"""
        <!-- Written by smbpol init. -->
        # {{{name.Replace("<", "&lt;", StringComparison.Ordinal)}}}

        The SMB hardening rollout of this estate, as YAML that `smbpol` compiles to Group Policy, registry files,
        PowerShell and DSC. Change it by pull request; the pipeline in `.github/workflows/smbpol.yml` validates it.

        - `policy.yaml`: the domain, the inventory, defaults.
        - `groups.yaml`: one group per OU of the inventory (a suggestion: merge or split them as you roll out).
        - `rings.yaml`: `pilot` (the smallest group) and `broad`, both at audit.
        - `inventory/computers.csv`: refresh it with
          `Get-ADComputer -Filter * -Properties DNSHostName,MemberOf,OperatingSystem,OperatingSystemVersion | Select Name,DNSHostName,DistinguishedName,@{n='MemberOf';e={$_.MemberOf -join ';'}},OperatingSystem,OperatingSystemVersion | Export-Csv inventory/computers.csv -NoTypeInformation`

        ```sh
        smbpol validate .
        smbpol compile . --out ../generated
        smbpol readiness . --events exported/     # when the audit events are in: safe to enforce?
        ```

        """;

    private static string Workflow() => """
        # Written by smbpol init. Validates the policy on every pull request and compiles it.
        name: smbpol
        on:
          pull_request:
          push:
            branches: [main]
        jobs:
          validate:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: '10.0.x'
              - run: dotnet tool install --global SmbPolicyCompiler
              - run: smbpol validate . --warnings-as-errors
              - run: smbpol compile . --out "$RUNNER_TEMP/generated"

        """;
}
