using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Scripts.Tests.Support;

/// <summary>
/// For each ring and side of a policy: the generated scripts, a host of the ring that no exception holds, and each host
/// an exception holds, with the values Apply must leave on it. The values come from the policy as Core binds it and
/// from the controls catalogue (where Group Policy writes each setting, what an exception relaxes to) — not from the
/// scripts' own data blocks.
/// </summary>
internal static class HostCases
{
    public static readonly int[] Builds = [14393, 17763, 20348, 26100];

    public static ResolvedPolicy Load(string policyFolder)
    {
        var compilation = PolicyLoader.Load(policyFolder, DateOnly.Parse(CompiledCase.AsOf, System.Globalization.CultureInfo.InvariantCulture), "policies");
        compilation.HasErrors.Should().BeFalse(string.Join(Environment.NewLine, compilation.Diagnostics));
        return compilation.Resolved!;
    }

    public static List<Dictionary<string, object?>> For(ResolvedPolicy policy, string generated)
    {
        var cases = new List<Dictionary<string, object?>>();
        foreach (var ring in policy.Rings)
        {
            var folder = Path.Combine(generated, Escape.FileNameSegment(ring.Name));
            foreach (var side in ring.Sides)
            {
                var word = side == Side.Server ? "Servers" : "Clients";
                var apply = Path.Combine(folder, "powershell", $"Apply-{word}.ps1");
                if (!File.Exists(apply))
                {
                    continue;
                }

                var hosts = policy.Hosts.Where(h => h.Ring == ring.Name && h.Role.Has(side) && h.SettingsFor(side).Any()).ToList();
                var ordinary = hosts.First(h => !Held(h, side));
                cases.Add(Case($"{ring.Name} {word.ToLowerInvariant()} on {ordinary.Name}", folder, word, ordinary.Name, Values(ordinary.SettingsFor(side), ring, side, policy.Policy.RollbackValues)));
                foreach (var held in hosts.Where(h => Held(h, side)))
                {
                    var own = held.SettingsFor(side).ToDictionary(d => d.Setting.Id);
                    var relaxed = ordinary.SettingsFor(side)
                        .Select(d => own.TryGetValue(d.Setting.Id, out var mine) ? mine : d with { Value = d.Setting.RelaxedValue });
                    cases.Add(Case($"{ring.Name} {word.ToLowerInvariant()} on {held.Name} (held by an exception)", folder, word, held.Name, Values(relaxed, ring, side, policy.Policy.RollbackValues)));
                }
            }
        }

        return cases;
    }

    private static bool Held(ResolvedHost host, Side side) => host.SettingsFor(side).Any(d => d.DecidedBy.Kind == ProvenanceKind.Exception);

    private static Dictionary<string, object?> Case(string name, string folder, string side, string host, List<Dictionary<string, object?>> expected) => new()
    {
        ["Name"] = name,
        ["Slug"] = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')),
        ["Apply"] = Path.Combine(folder, "powershell", $"Apply-{side}.ps1"),
        ["Rollback"] = Path.Combine(folder, "powershell", $"Rollback-{side}.ps1"),
        ["HostName"] = host.Split('.')[0],
        ["Expected"] = expected,
    };

    private static List<Dictionary<string, object?>> Values(IEnumerable<DesiredSetting> settings, ResolvedRing ring, Side side, IReadOnlyDictionary<string, long> rollback)
    {
        var values = settings.Select(d => Value(d.Setting.Id, d.Setting.GpoLocation, "DWord", unchecked((int)d.Value), d.Setting.MinimumOs.MinimumBuild, Effective(d.Setting),
            rollback.TryGetValue(d.Setting.Id, out var declared) ? (object)unchecked((int)declared) : null)).ToList();
        var additional = ring.Definition.AdditionalSettings.Where(a => a.Side == side).ToList();
        for (var i = 0; i < additional.Count; i++)
        {
            var a = additional[i];
            var (kind, data) = Typed(a.Data);
            values.Add(Value("additional", a.Registry with { Key = RegistryLocation.Normalize(a.Registry.Key) }, kind, data, 0, null,
                a.RollbackData is null ? null : Typed(a.RollbackData).Data));
        }

        return values;
    }

    private static (string Kind, object Data) Typed(object data) => data switch
    {
        long n => ("DWord", unchecked((int)(uint)n)),
        string[] items => ("MultiString", items),
        _ => ("String", (string)data),
    };

    /// <summary>
    /// For a setting kept in the Services key that a cmdlet manages, the Get-Smb*Configuration property that reports its
    /// effective value: there an absent value that already means the declared one is not written (drift judges it so too).
    /// </summary>
    private static string? Effective(SettingDefinition setting) =>
        setting.PowerShell is not null && setting.GpoLocation == setting.ServicesLocation ? $"Get-Smb{setting.Side}Configuration.{setting.CimProperty}" : null;

    /// <param name="fallback">What Rollback restores when it has no record of the host's prior state (null: it removes the value).</param>
    private static Dictionary<string, object?> Value(string id, RegistryLocation location, string kind, object data, int minimumBuild, string? effective, object? fallback) => new()
    {
        ["Fallback"] = fallback,
        ["Effective"] = effective,
        ["Id"] = id,
        ["Key"] = location.Key,
        ["Name"] = location.ValueName,
        ["Kind"] = kind,
        ["Data"] = data,
        ["MinimumBuild"] = minimumBuild,
    };
}
