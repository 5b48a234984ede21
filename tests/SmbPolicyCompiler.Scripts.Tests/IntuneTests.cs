using System.Globalization;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Scripts.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>
/// The Intune back end of generated/: every ring with Intune-managed groups has an import script that, run against a
/// simulated Microsoft Graph (Simulation/Graph.ps1), creates the Settings Catalog policies with the ring's settings
/// (from Core's binding and the catalogue's CSP ids) and replaces them on a second run (Pester/Intune.Tests.ps1).
/// </summary>
[Trait("Category", "Interop")]
public class IntuneTests
{
    [Fact]
    public void GeneratedIntuneScripts_CreateThePoliciesWithTheRingsSettings_AndReplaceThemOnASecondRun()
    {
        using var work = new TempFolder("smbpol-intune");
        var asOf = new DateOnly(2026, 11, 21);
        var compilation = PolicyLoader.Load(RepoPaths.Policies, asOf);
        var resolved = compilation.Resolved!;
        var rings = new List<Dictionary<string, object?>>();
        foreach (var ring in resolved.Rings)
        {
            var groups = ring.Groups.Select(resolved.Group).Where(g => g?.Definition.Platform == GroupPlatform.Intune).ToList();
            var sides = ring.Sides.Where(s => groups.Any(g => g!.Definition.Role.Has(s))).ToList();
            if (sides.Count == 0)
            {
                continue;
            }

            var policies = sides.Select(side => new Dictionary<string, object?>
            {
                ["File"] = $"{ring.Name}-{side.ToString().ToLowerInvariant()}.json",
                ["Name"] = $"{resolved.Policy.GpoNamePrefix} - {ring.Name} - {(side == Side.Server ? "Servers" : "Clients")}",
                ["Settings"] = ring.SettingsFor(side, resolved.Policy.Parameters)
                    .Where(s => s.Setting.IntuneCsp is not null)
                    .ToDictionary(
                        s => s.Setting.IntuneCsp!["./".Length..].Replace('/', '_').ToLowerInvariant(),
                        s => s.Setting.IntuneInteger
                            ? s.Value.ToString(CultureInfo.InvariantCulture)
                            : s.Setting.IntuneCsp!["./".Length..].Replace('/', '_').ToLowerInvariant() + "_" + s.Value.ToString(CultureInfo.InvariantCulture)),
            }).ToList();
            rings.Add(new Dictionary<string, object?>
            {
                ["Ring"] = ring.Name,
                ["Folder"] = Path.Combine(RepoPaths.Generated, ring.Name, "intune"),
                ["Script"] = $"Import-Intune-{ring.Name}.ps1",
                ["Policies"] = policies,
            });
        }

        rings.Should().NotBeEmpty("policies/ has an Intune group (it-laptops in ring pilot)");

        var result = PesterSuite.Run("Intune", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = work.Path,
            ["Rings"] = rings,
        });
        result.ShouldAllPass(rings.Count * 4);
    }
}
