using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.PowerShell;

/// <summary>
/// One setting as a hashtable in a script's data block: where it lives, the value to write (or $null to remove it),
/// the Set-Smb*Configuration parameter that can write it, and the oldest build that honours it.
/// The value lives where Group Policy writes it (<see cref="SettingDefinition.GpoLocation"/>). The cmdlet is named only
/// for settings Group Policy keeps in the Services key, where the cmdlet writes too: an Administrative Template value
/// is written to the Policies key, which Windows reads first, as Group Policy would.
/// </summary>
internal static class SettingEntry
{
    public static void Append(PsScript script, RegistryAssignment assignment, RegistryValue? value, string indent)
    {
        var setting = assignment.Setting;
        var parameter = setting is { PowerShell: { } p } && setting.GpoLocation == setting.ServicesLocation ? p : null;
        var parameterValue = value is null || parameter is null ? null : ParameterValue(parameter, value.AsDword());
        var os = setting?.MinimumOs;
        script.Line(indent + "@{")
            .Line($"{indent}    Id = {Ps.Str(assignment.Id)}")
            .Line($"{indent}    Origin = {Ps.Str(assignment.Origin)}")
            .Line($"{indent}    Key = {Ps.Str(assignment.Location.Key)}")
            .Line($"{indent}    Name = {Ps.Str(assignment.Location.ValueName)}")
            .Line($"{indent}    Action = {Ps.Str(assignment.Action == AdditionalSettingAction.Delete ? "Delete" : "Set")}")
            .Line($"{indent}    Type = {Ps.Str(TypeName(assignment.Value.Type))}")
            .Line($"{indent}    Value = {(value is null ? "$null" : Literal(value))}")
            .Line($"{indent}    Cmdlet = {Ps.StrOrNull(parameter?.Cmdlet)}")
            .Line($"{indent}    GetCmdlet = {Ps.StrOrNull(parameter?.GetCmdlet)}")
            .Line($"{indent}    Parameter = {Ps.StrOrNull(parameter?.Name)}")
            .Line($"{indent}    ParameterKind = {Ps.StrOrNull(parameter?.Kind.ToString())}")
            .Line($"{indent}    ParameterValue = {parameterValue ?? "$null"}")
            .Line($"{indent}    MinimumBuild = {Ps.Number(os?.MinimumBuild ?? 0)}")
            .Line($"{indent}    MinimumOs = {Ps.Str(os?.Label ?? "any Windows")}")
            .Line($"{indent}    RequiredUpdate = {Ps.StrOrNull(os?.RequiredUpdate)}")
            .Line($"{indent}    Reboot = {Ps.Bool(setting?.RebootRequired ?? false)}")
            .Line(indent + "}");
    }

    /// <summary>The value as the cmdlet takes it, or null when the cmdlet cannot express it (then the registry is written).</summary>
    public static string? ParameterValue(PowerShellParameter parameter, long number) => parameter.Kind switch
    {
        PowerShellValueKind.Boolean when number is 0 or 1 => Ps.Bool(number == 1),
        PowerShellValueKind.Boolean => null,
        PowerShellValueKind.Dialect => Dialects.NameOf(number) is { } name ? Ps.Str(name) : null,
        _ => Ps.Number(number),
    };

    /// <summary>The data as a literal: a DWORD as the signed 32-bit number .NET's registry API takes.</summary>
    public static string Literal(RegistryValue value) => value.Type switch
    {
        RegistryValueType.DWord => Ps.Number(unchecked((int)value.AsDword())),
        RegistryValueType.MultiString => Ps.DataArray(value.AsMultiString()),
        RegistryValueType.QWord => "[long]" + Ps.Number(unchecked((long)value.AsQWord())),
        RegistryValueType.Binary or RegistryValueType.None => "[byte[]]@(" + string.Join(", ", value.Data.Select(b => Ps.Number(b))) + ")",
        _ => Ps.Data(value.AsString()),
    };

    /// <summary>The Microsoft.Win32.RegistryValueKind name.</summary>
    public static string TypeName(RegistryValueType type) => type switch
    {
        RegistryValueType.DWord => "DWord",
        RegistryValueType.MultiString => "MultiString",
        RegistryValueType.ExpandString => "ExpandString",
        RegistryValueType.QWord => "QWord",
        RegistryValueType.Binary => "Binary",
        RegistryValueType.None => "None",
        _ => "String",
    };
}
