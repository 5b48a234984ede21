using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Scripts.Tests.Support;

/// <summary>
/// For each ring: its import script, the imports its layout implies (backup, name, links, filter, link order), and a
/// simulated domain holding the link targets, every computer of the inventory and every group a filter names.
/// </summary>
internal static class ImportCases
{
    /// <summary>How many Its Import.Tests.ps1 runs for a case: one when accounts are missing; else 7, plus the missing-computer It when a filter names computers.</summary>
    public static int ExpectedPesterCases(Dictionary<string, object?> ring) =>
        ((List<string>)ring["Missing"]!).Count > 0 ? 1
        : ((IEnumerable<Dictionary<string, object?>>)ring["Imports"]!).Any(i => ((IReadOnlyList<string>)i["Computers"]!).Count > 0) ? 8 : 7;

    public static List<Dictionary<string, object?>> For(ResolvedPolicy policy, string generated)
    {
        var context = new EmitContext(policy, BackupTimestamp.Of(policy.Model));
        var problems = new List<Core.Diagnostics.Diagnostic>();
        var rings = RingLayoutBuilder.BuildAll(context, problems);
        problems.Should().BeEmpty();
        var computers = policy.Hosts.Where(h => h.Inventory is not null).Select(h => h.Name.Split('.')[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return rings.Select(ring =>
        {
            var imports = ring.Imports.ToList();
            var filters = imports.Where(i => i.Filter is not null).Select(i => i.Filter!).ToList();
            var missing = filters.SelectMany(f => f.Computers).Where(c => !computers.Contains(c, StringComparer.OrdinalIgnoreCase)).Distinct().ToList();
            return new Dictionary<string, object?>
            {
                ["Ring"] = ring.Name,
                ["Slug"] = ring.Folder,
                ["Script"] = Path.Combine(generated, ring.Folder, $"Import-{ring.Folder}.ps1"),
                ["Domain"] = policy.Policy.Domain,
                ["DomainDn"] = policy.Policy.DomainDn,
                ["Prefix"] = GpoNames.RingPrefix(policy.Policy.GpoNamePrefix, ring.Name),
                ["Imports"] = imports.Select(i => new Dictionary<string, object?>
                {
                    ["Name"] = i.TargetName,
                    ["BackupId"] = StableGuid.Braced(i.Gpo.BackupId),
                    ["Links"] = i.Links,
                    ["First"] = i.FirstInLinkOrder,
                    ["Groups"] = i.Filter?.Groups ?? [],
                    ["Computers"] = i.Filter?.Computers ?? [],
                    ["Filtered"] = i.Filter is not null,
                }).ToList(),
                ["Containers"] = imports.SelectMany(i => i.Links).Append(policy.Policy.DomainDn).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                ["Computers"] = computers,
                ["Groups"] = filters.SelectMany(f => f.Groups).Distinct().Select(g => new Dictionary<string, object?>
                {
                    ["Name"] = g.StartsWith("CN=", StringComparison.OrdinalIgnoreCase) ? Core.Inventory.DistinguishedNames.CommonName(g) : g,
                    ["Dn"] = g.StartsWith("CN=", StringComparison.OrdinalIgnoreCase) ? g : null,
                }).ToList(),
                ["Missing"] = missing,
            };
        }).ToList();
    }
}
