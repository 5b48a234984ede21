using System.Globalization;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>
/// Judges one desired setting against one observation. The registry is read the way Windows reads it (policy key
/// first, then Services, per the catalogue); then the Get-Smb*Configuration property; only then is absence
/// interpreted — and never as 0: the catalogue says what absence means on which build, and "cannot tell" is unknown.
/// A key the source did not capture is never taken as empty. The wire sees only signing and SMB1.
/// </summary>
internal static class SettingEvaluator
{
    /// <summary>The verdict, or null when this observation cannot see the setting at all.</summary>
    public static SettingEvaluation? Evaluate(DesiredSetting desired, HostObservation observation)
    {
        if (observation.Unreadable is { } reason)
        {
            return new SettingEvaluation(DriftStatus.Unknown, "unknown", reason);
        }

        if (observation.Wire is { } wire)
        {
            return WireEvaluation.Evaluate(desired, wire);
        }

        return FromRegistry(desired, observation.Registry)
               ?? FromConfiguration(desired, observation)
               ?? FromAbsence(desired, observation);
    }

    private static SettingEvaluation? FromRegistry(DesiredSetting desired, ObservedRegistry? registry)
    {
        if (registry is null)
        {
            return null;
        }

        var notCaptured = new List<RegistryLocation>();
        foreach (var location in desired.Setting.ReadOrder)
        {
            if (!registry.Captured(location.Key))
            {
                notCaptured.Add(location);
                continue;
            }

            if (registry.Find(location) is not { } value)
            {
                continue;
            }

            if (notCaptured.Count > 0)
            {
                return new SettingEvaluation(DriftStatus.Unknown, value.Text,
                    $"registry {location} = {value.Text}, but {Keys(notCaptured)} was not captured and Windows reads it first");
            }

            return value.Number is { } number
                ? Compare(desired, number, value.Text, $"registry {location} = {value.Text}")
                : new SettingEvaluation(DriftStatus.Drifted, value.Text, $"registry {location} holds the text '{value.Text}'; Windows reads a REG_DWORD there, so it is not the setting");
        }

        return null;
    }

    private static SettingEvaluation? FromConfiguration(DesiredSetting desired, HostObservation observation)
    {
        var setting = desired.Setting;
        var properties = setting.Side == Side.Server ? observation.ServerConfiguration : observation.ClientConfiguration;
        if (properties is null || setting.CimProperty is not { } name || !properties.TryGetValue(name, out var value))
        {
            return null;
        }

        var cmdlet = setting.Side == Side.Server ? "Get-SmbServerConfiguration" : "Get-SmbClientConfiguration";
        var (number, shown) = setting.PowerShell?.Kind == PowerShellValueKind.Dialect ? CimDialect.Read(value) : (value.Number, value.Text);
        return number is { } n
            ? Compare(desired, n, shown, $"{cmdlet} {name} = {shown}" + AbsentNote(desired, observation))
            : new SettingEvaluation(DriftStatus.Unknown, value.Text, $"{cmdlet} {name} = '{value.Text}', which cannot be compared with {desired.Value.ToString(CultureInfo.InvariantCulture)}");
    }

    private static SettingEvaluation? FromAbsence(DesiredSetting desired, HostObservation observation)
    {
        if (observation.Registry is not { } registry)
        {
            return null;
        }

        var readOrder = desired.Setting.ReadOrder;
        var captured = readOrder.Where(l => registry.Captured(l.Key)).ToList();
        if (captured.Count == 0)
        {
            return null;
        }

        var where = Keys(captured);
        if (captured.Count < readOrder.Count)
        {
            return new SettingEvaluation(DriftStatus.Unknown, "absent",
                $"{where}: absent, but {Keys(readOrder.Except(captured))} was not captured and may hold it");
        }

        var absent = desired.Setting.Absent;
        return absent.On(observation.OsBuild) is { } value
            ? Compare(desired, value, $"absent (= {value.ToString(CultureInfo.InvariantCulture)})", $"{where}: absent; {absent.Note}")
            : new SettingEvaluation(DriftStatus.Unknown, "absent",
                $"{where}: absent, and on build {observation.OsBuild?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} absence does not say the value: {absent.Note}");
    }

    private static string AbsentNote(DesiredSetting desired, HostObservation observation) =>
        observation.Registry is { } r && desired.Setting.ReadOrder.Any(l => r.Captured(l.Key))
            ? " (registry value absent; the cmdlet reports the effective value)"
            : "";

    private static string Keys(IEnumerable<RegistryLocation> locations) => string.Join(" and ", locations.Select(l => l.ToString()));

    internal static SettingEvaluation Compare(DesiredSetting desired, long actual, string actualText, string detail) =>
        new(actual == desired.Value ? DriftStatus.Compliant : DriftStatus.Drifted, actualText, detail);
}
