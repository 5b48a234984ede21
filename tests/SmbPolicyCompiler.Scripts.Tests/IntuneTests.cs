using System.Globalization;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Scripts.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>
/// The Intune back end: every ring with Intune-managed groups has an import script that, run against a simulated
/// Microsoft Graph (Simulation/Graph.ps1, which checks every body's shape), creates the assignment filters and the
/// Settings Catalog policies with the ring's settings (from Core's binding and the catalogue's CSP ids), assigns them
/// to the group with -GroupId (ring policy excluding held devices, exception policies including only theirs), and
/// updates instead of duplicating on a second run (Pester/Intune.Tests.ps1). Over generated/ and Cases/intune-exceptions.
/// </summary>
[Trait("Category", "Interop")]
public class IntuneTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    [Fact]
    public void GeneratedIntuneScripts_CreateThePoliciesWithTheRingsSettings_AndReplaceThemOnASecondRun()
    {
        using var work = new TempFolder("smbpol-intune");
        var rings = Expected(RepoPaths.Policies, RepoPaths.Generated);

        rings.Should().NotBeEmpty("policies/ has an Intune group (it-laptops in ring pilot)");
        Run(work.Path, rings);
    }

    [Fact]
    public void IntuneDevicesHeldByExceptions_GetTheirOwnPolicyThroughAnIncludeFilter_AndTheRingPolicyExcludesThem()
    {
        using var compiled = new CompiledCase("intune-exceptions");
        var rings = Expected(compiled.Policy, compiled.Output);

        var policies = (List<Dictionary<string, object?>>)rings.Should().ContainSingle().Subject["Policies"]!;
        policies.Select(p => (p["Name"], p["Filter"], p["FilterType"])).Should().BeEquivalentTo(new[]
        {
            ((object?)"SMB Hardening - pilot - Clients", (object?)"SMB Hardening - pilot - Clients - held back", (object?)"exclude"),
            ("SMB Hardening - pilot - Exception EXC-LT-02 - Clients", "SMB Hardening - pilot - Exception EXC-LT-02 - Clients", "include"),
            ("SMB Hardening - pilot - Exception EXC-LT-03 - Clients", "SMB Hardening - pilot - Exception EXC-LT-03 - Clients", "include"),
        });
        Run(compiled.Work("intune"), rings);
    }

    private static void Run(string work, List<Dictionary<string, object?>> rings) =>
        PesterSuite.Run("Intune", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = work,
            ["Rings"] = rings,
        }).ShouldAllPass(rings.Count * 5);

    /// <summary>
    /// Per ring with Intune groups: the policies Graph must end up with, their settings (ids and values from Core's binding
    /// and the catalogue, not from the generated files) and assignment filters. A held device's policy has its own
    /// effective settings (Core applies the exception) and the relaxed value of every other setting the ring's stage sets.
    /// </summary>
    private static List<Dictionary<string, object?>> Expected(string policyFolder, string generated)
    {
        var resolved = PolicyLoader.Load(policyFolder, AsOf).Resolved!;
        var prefix = resolved.Policy.GpoNamePrefix;
        var rings = new List<Dictionary<string, object?>>();
        foreach (var ring in resolved.Rings)
        {
            var groups = ring.Groups.Select(resolved.Group).Where(g => g?.Definition.Platform == GroupPlatform.Intune).ToList();
            var sides = ring.Sides.Where(s => groups.Any(g => g!.Definition.Role.Has(s))).ToList();
            if (sides.Count == 0)
            {
                continue;
            }

            var policies = new List<Dictionary<string, object?>>();
            var filters = new Dictionary<string, string>();
            foreach (var side in sides)
            {
                var sideName = $"{prefix} - {ring.Name} - {(side == Side.Server ? "Servers" : "Clients")}";
                var ringSettings = ring.SettingsFor(side, resolved.Policy.Parameters);
                var devices = groups.Where(g => g!.Definition.Role.Has(side)).SelectMany(g => g!.HostKeys).Select(k => resolved.Host(k)!).ToList();
                var held = devices.Where(h => h.Controls.Any(c => c.ExceptionId is not null))
                    .GroupBy(h => h.Controls.First(c => c.ExceptionId is not null).ExceptionId!).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
                var heldFilter = held.Count == 0 ? null : sideName + " - held back";
                if (heldFilter is not null)
                {
                    filters[heldFilter] = Rule(held.SelectMany(g => g).Select(h => h.Name));
                }

                policies.Add(Policy(sideName, heldFilter, heldFilter is null ? "none" : "exclude", ringSettings));
                foreach (var exception in held)
                {
                    var name = $"{prefix} - {ring.Name} - Exception {exception.Key} - {(side == Side.Server ? "Servers" : "Clients")}";
                    filters[name] = Rule(exception.Select(h => h.Name));
                    var own = exception.First().SettingsFor(side).ToList();
                    var relaxed = ringSettings.Where(r => own.All(o => o.Setting.Id != r.Setting.Id))
                        .Select(r => r with { Value = r.Setting.RelaxedValue });
                    policies.Add(Policy(name, name, "include", own.Concat(relaxed)));
                }
            }

            rings.Add(new Dictionary<string, object?>
            {
                ["Ring"] = ring.Name,
                ["Folder"] = Path.Combine(generated, ring.Name, "intune"),
                ["Script"] = $"Import-Intune-{ring.Name}.ps1",
                ["GroupId"] = "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                ["Policies"] = policies,
                ["Filters"] = filters,
            });
        }

        return rings;
    }

    private static string Rule(IEnumerable<string> devices) =>
        "(device.deviceName -in [" + string.Join(", ", devices.Order(StringComparer.OrdinalIgnoreCase).Select(d => $"\"{d}\"")) + "])";

    private static Dictionary<string, object?> Policy(string name, string? filter, string filterType, IEnumerable<DesiredSetting> settings) => new()
    {
        ["Name"] = name,
        ["Filter"] = filter,
        ["FilterType"] = filterType,
        ["Settings"] = settings.Where(s => s.Setting.IntuneCsp is not null).ToDictionary(
            s => s.Setting.IntuneCsp!["./".Length..].Replace('/', '_').ToLowerInvariant(),
            s => s.Setting.IntuneInteger
                ? s.Value.ToString(CultureInfo.InvariantCulture)
                : s.Setting.IntuneCsp!["./".Length..].Replace('/', '_').ToLowerInvariant() + "_" + s.Value.ToString(CultureInfo.InvariantCulture)),
    };
}
