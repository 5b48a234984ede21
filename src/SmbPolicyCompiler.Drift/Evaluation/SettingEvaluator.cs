using System.Globalization;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>
/// Judges one desired setting against one observation. The registry is read the way Windows reads it (policy key
/// first, then Services, per the catalogue); then the Get-Smb*Configuration property; only then is absence
/// interpreted — and never as 0: the catalogue says what absence means on which build, and "cannot tell" is unknown.
/// The wire sees only whether signing is required and whether SMB1 is accepted.
/// </summary>
public static class SettingEvaluator
{
    /// <summary>The verdict, or null when this source cannot see the setting at all.</summary>
    public static SettingEvaluation? Evaluate(DesiredSetting desired, HostObservation observation)
    {
        if (observation.Unreadable is { } reason)
        {
            return new SettingEvaluation(DriftStatus.Unknown, "unknown", reason);
        }

        return FromWire(desired, observation.Wire)
               ?? FromRegistry(desired, observation.Registry)
               ?? FromConfiguration(desired, observation)
               ?? FromAbsence(desired, observation);
    }

    private static SettingEvaluation? FromWire(DesiredSetting desired, WireObservation? wire)
    {
        if (wire is null || (desired.Setting != Settings.ServerRequireSecuritySignature && desired.Setting != Settings.Smb1))
        {
            return null;
        }

        if (wire.Failure is { } failure && wire.Smb1Accepted is null && wire.SigningRequired is null)
        {
            return new SettingEvaluation(DriftStatus.Unknown, "unknown", $"{wire.Endpoint}: {failure}");
        }

        if (desired.Setting == Settings.Smb1)
        {
            return wire.Smb1Accepted is { } accepted
                ? Compare(desired, accepted ? 1 : 0, accepted ? "SMB1 accepted" : "SMB1 refused", $"SMB1 NEGOTIATE to {wire.Endpoint}")
                : new SettingEvaluation(DriftStatus.Unknown, "unknown", $"{wire.Endpoint}: the SMB1 probe got no usable answer");
        }

        return wire.SigningRequired is { } required
            ? Compare(desired, required ? 1 : 0, required ? "signing required" : "signing not required",
                $"SMB2 NEGOTIATE to {wire.Endpoint} (dialect {wire.Dialect ?? "?"}): SecurityMode signing-required bit is {(required ? "set" : "clear")}")
            : new SettingEvaluation(DriftStatus.Unknown, "unknown", $"{wire.Endpoint}: {wire.Failure ?? "no SMB2 answer"}");
    }

    private static SettingEvaluation? FromRegistry(DesiredSetting desired, ObservedRegistry? registry)
    {
        if (registry is null)
        {
            return null;
        }

        foreach (var location in desired.Setting.ReadOrder)
        {
            if (registry.Find(location) is { } value)
            {
                return value.Number is { } number
                    ? Compare(desired, number, value.Text, $"registry {location} = {value.Text}")
                    : new SettingEvaluation(DriftStatus.Drifted, value.Text, $"registry {location} holds the text '{value.Text}'; Windows reads a DWORD there, so the value has no effect");
            }
        }

        return null;
    }

    private static SettingEvaluation? FromConfiguration(DesiredSetting desired, HostObservation observation)
    {
        var properties = desired.Setting.Side == Side.Server ? observation.ServerConfiguration : observation.ClientConfiguration;
        if (properties is null || desired.Setting.CimProperty is not { } name || !properties.TryGetValue(name, out var value))
        {
            return null;
        }

        var cmdlet = desired.Setting.Side == Side.Server ? "Get-SmbServerConfiguration" : "Get-SmbClientConfiguration";
        var number = value.Number ?? Dialects.ValueOf(value.Text);
        return number is { } n
            ? Compare(desired, n, value.Text, $"{cmdlet} {name} = {value.Text}" + AbsentNote(desired, observation))
            : new SettingEvaluation(DriftStatus.Unknown, value.Text, $"{cmdlet} {name} = '{value.Text}', which cannot be compared");
    }

    private static SettingEvaluation? FromAbsence(DesiredSetting desired, HostObservation observation)
    {
        if (observation.Registry is not { } registry || !desired.Setting.ReadOrder.Any(l => registry.Captured(l.Key)))
        {
            return null;
        }

        var where = string.Join(" and ", desired.Setting.ReadOrder.Where(l => registry.Captured(l.Key)).Select(l => l.ToString()));
        var absent = desired.Setting.Absent;
        return absent.On(observation.OsBuild) is { } value
            ? Compare(desired, value, $"absent (= {value})", $"{where}: absent; {absent.Note}")
            : new SettingEvaluation(DriftStatus.Unknown, "absent", $"{where}: absent, and on build {observation.OsBuild?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} absence does not say the value: {absent.Note}");
    }

    private static string AbsentNote(DesiredSetting desired, HostObservation observation) =>
        observation.Registry is { } r && desired.Setting.ReadOrder.Any(l => r.Captured(l.Key)) ? " (registry value absent; the cmdlet reports the effective value)" : "";

    private static SettingEvaluation Compare(DesiredSetting desired, long actual, string actualText, string detail) =>
        new(actual == desired.Value ? DriftStatus.Compliant : DriftStatus.Drifted, actualText, detail);
}
