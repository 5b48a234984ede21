using System.Globalization;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>
/// Maps a GPO's values to the controls catalogue: a value the catalogue knows (at its Group Policy location or the
/// other key the OS reads) counts towards its control; per control the stage whose values (on the sides the GPO sets)
/// are exactly the GPO's, or else the nearest one with a diagnostic saying what differs. Every other value, and a
/// known setting with a type other than DWORD, is kept as an additional setting.
/// </summary>
internal static class StageMatcher
{
    public static ImportedRing Match(ImportedGpo gpo, ICollection<Diagnostic> problems)
    {
        var known = new Dictionary<SettingDefinition, (long Value, string File)>();
        var additional = new List<ImportedValue>();
        foreach (var value in gpo.Values)
        {
            var setting = ControlCatalogue.AllSettings.FirstOrDefault(s => s.ReadOrder.Any(l => l.Matches(value.Key, value.ValueName)));
            if (setting is not null && value.Action == AdditionalSettingAction.Set && value.Value.Type == RegistryValueType.DWord && !known.ContainsKey(setting))
            {
                known[setting] = (value.Value.AsDword(), value.SourceFile);
            }
            else if (value.Action != AdditionalSettingAction.Set || IsCarried(value.Value.Type))
            {
                additional.Add(value);
            }
            else
            {
                problems.Add(ImportDiagnostics.TypeNotCarried(value.SourceFile, $@"HKLM\{value.Key}\{value.ValueName}", value.Value.Type.ToString()));
            }
        }

        var controls = new List<ImportedControl>();
        foreach (var control in ControlCatalogue.All)
        {
            var present = control.AllSettings.Where(known.ContainsKey).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            var sides = present.Select(s => s.Side).Distinct().ToList();
            var scored = control.Stages.Where(s => s.Kind != StageKind.Initial)
                .Select(stage => (Stage: stage, Differences: Differences(stage, sides, known)))
                .ToList();
            var file = known[present[0]].File;
            var exact = scored.Where(s => s.Differences.Count == 0).Select(s => s.Stage).LastOrDefault();
            if (exact is not null)
            {
                controls.Add(new ImportedControl(control, exact, true, file));
                continue;
            }

            var nearest = scored.OrderBy(s => s.Differences.Count).ThenBy(s => s.Stage.Order).First();
            problems.Add(ImportDiagnostics.NearestStage(file, gpo.Name, control.Key, nearest.Stage.Name, string.Join("; ", nearest.Differences)));
            controls.Add(new ImportedControl(control, nearest.Stage, false, file));
        }

        var delay = known.TryGetValue(Settings.InvalidAuthenticationDelayTimeInMs, out var d) ? d.Value : (long?)null;
        var allSides = known.Keys.Select(s => s.Side)
            .Concat(additional.Select(a => SideOf(a.Key)))
            .Distinct().Order().ToList();
        return new ImportedRing(gpo, controls, additional, allSides, delay);
    }

    /// <summary>Registry types an additional setting can hold.</summary>
    public static bool IsCarried(RegistryValueType type) => type is RegistryValueType.DWord or RegistryValueType.String or RegistryValueType.ExpandString
        or RegistryValueType.MultiString or RegistryValueType.QWord or RegistryValueType.Binary or RegistryValueType.None;

    /// <summary>The client side for the workstation service's and the SMB1 client driver's keys; the server side for the rest.</summary>
    public static Side SideOf(string key) =>
        key.Contains("LanmanWorkstation", StringComparison.OrdinalIgnoreCase) || key.Contains(@"Services\mrxsmb10", StringComparison.OrdinalIgnoreCase)
            ? Side.Client
            : Side.Server;

    private static List<string> Differences(StageDefinition stage, IReadOnlyList<Side> sides, Dictionary<SettingDefinition, (long Value, string File)> known)
    {
        var differences = new List<string>();
        var assigned = stage.Settings.Where(a => sides.Contains(a.Setting.Side)).ToList();
        foreach (var assignment in assigned)
        {
            if (assignment.Value.Constant is not { } expected)
            {
                if (!known.ContainsKey(assignment.Setting))
                {
                    differences.Add($"{assignment.Setting.ValueName} is not set");
                }

                continue;
            }

            if (!known.TryGetValue(assignment.Setting, out var actual))
            {
                differences.Add($"{assignment.Setting.ValueName} is not set (the stage sets {expected.ToString(CultureInfo.InvariantCulture)})");
            }
            else if (actual.Value != expected)
            {
                differences.Add($"{assignment.Setting.ValueName} is {actual.Value.ToString(CultureInfo.InvariantCulture)}, the stage sets {expected.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        foreach (var setting in stage.Settings.Count == 0 ? [] : known.Keys.Where(k => assigned.All(a => a.Setting != k) && ControlOf(stage, k)))
        {
            differences.Add($"{setting.ValueName} = {known[setting].Value.ToString(CultureInfo.InvariantCulture)} is not part of this stage");
        }

        return differences;
    }

    private static bool ControlOf(StageDefinition stage, SettingDefinition setting) =>
        ControlCatalogue.All.Any(c => c.Stages.Contains(stage) && c.AllSettings.Contains(setting));
}
