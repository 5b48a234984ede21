using System.Globalization;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Pol;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>Turns catalogue settings and additional settings into registry assignments.</summary>
internal static class Assignments
{
    public static RegistryAssignment FromSetting(DesiredSetting desired, PolicySettings policy, string? origin = null) =>
        Make(desired.Setting, desired.Value, origin ?? $"{desired.ControlKey} = {desired.StageName}", policy);

    /// <summary>The value that turns the setting's effect off, for an exception GPO that overrides its ring's.</summary>
    public static RegistryAssignment Relaxed(SettingDefinition setting, string origin, PolicySettings policy) =>
        Make(setting, setting.RelaxedValue, origin, policy);

    /// <summary>The ring's <paramref name="index"/>th (1-based) additional setting, or null with a diagnostic when it cannot be stored.</summary>
    public static RegistryAssignment? FromAdditional(AdditionalSetting setting, int index, ICollection<Diagnostic> problems)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"additional.{index}");
        if (setting.Deletes)
        {
            var what = setting.Action == AdditionalSettingAction.Delete ? "additional setting (delete the value)" : "additional setting (delete every value of the key)";
            return new RegistryAssignment(id, setting.Registry, PolDirectives.DirectiveData, Carrier.RegistryPol, what, null, null) { Action = setting.Action };
        }

        var value = ToValue(setting, setting.Data, "data", problems);
        var rollback = setting.RollbackData is null ? null : ToValue(setting, setting.RollbackData, "rollbackData", problems);
        if (value is null || (setting.RollbackData is not null && rollback is null))
        {
            return null;
        }

        return new RegistryAssignment(id, setting.Registry, value, SecurityOptionValues.CarrierFor(setting.Registry, value), "additional setting", null, rollback);
    }

    private static RegistryAssignment Make(SettingDefinition setting, long value, string origin, PolicySettings policy)
    {
        var carrier = setting.Mechanism == GpoMechanism.SecurityOption ? Carrier.SecurityTemplate : Carrier.RegistryPol;
        var rollback = policy.RollbackValues.TryGetValue(setting.Id, out var restore) ? RegistryValue.Dword((uint)restore) : null;
        return new RegistryAssignment(setting.Id, setting.GpoLocation, RegistryValue.Dword((uint)value), carrier, origin, setting, rollback);
    }

    private static RegistryValue? ToValue(AdditionalSetting setting, object data, string field, ICollection<Diagnostic> problems)
    {
        var what = $"additional setting {setting.Registry} {field}";
        try
        {
            return (setting.Kind, data) switch
            {
                (SettingValueKind.DWord, long n) when n is >= 0 and <= uint.MaxValue => RegistryValue.Dword((uint)n),
                (SettingValueKind.DWord, long n) => throw new UnrepresentableValueException("REG_DWORD", $"{n} is outside 0 to 4294967295."),
                (SettingValueKind.String, string text) => RegistryValue.String(text),
                (SettingValueKind.MultiString, string[] items) => RegistryValue.MultiString(items),
                (SettingValueKind.ExpandString, string text) => RegistryValue.ExpandString(text),
                (SettingValueKind.QWord, long n) when n >= 0 => RegistryValue.QWord((ulong)n),
                (SettingValueKind.QWord, long n) => throw new UnrepresentableValueException("REG_QWORD", $"{n} is negative."),
                (SettingValueKind.Binary, byte[] bytes) => RegistryValue.Binary(bytes),
                (SettingValueKind.None, byte[] bytes) => RegistryValue.FromRaw(RegistryValueType.None, bytes),
                _ => throw new UnrepresentableValueException(setting.Kind.ToString(), $"the {field} is not a {setting.Kind} value."),
            };
        }
        catch (UnrepresentableValueException error)
        {
            problems.Add(EmitDiagnostics.Unrepresentable(setting.Location, what, Describe(data), error.Message));
            return null;
        }
    }

    private static string Describe(object data) => data switch
    {
        string[] items => string.Join(", ", items),
        byte[] bytes => HexBytes.Format(bytes),
        _ => Convert.ToString(data, CultureInfo.InvariantCulture) ?? "",
    };
}
