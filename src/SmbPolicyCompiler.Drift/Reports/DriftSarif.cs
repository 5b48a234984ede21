using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>
/// SARIF: drifted settings as errors and unknown ones as warnings, each placed at the policy line that set the
/// expectation; unmanaged hosts as notes; unreadable input as warnings without a place. Settings the sources cannot
/// see are left out.
/// </summary>
public static class DriftSarif
{
    public const string DriftedRule = "SMBDRIFT001";
    public const string UnknownRule = "SMBDRIFT002";
    public const string UnmanagedRule = "SMBDRIFT003";
    public const string UnreadableInputRule = "SMBDRIFT004";

    public static void Write(Stream output, string version, DriftReport report)
    {
        var rules = new[]
        {
            new SarifRule(DriftedRule, "A live setting differs from the policy"),
            new SarifRule(UnknownRule, "A live setting could not be read"),
            new SarifRule(UnmanagedRule, "A host was read that the policy does not manage"),
            new SarifRule(UnreadableInputRule, "Input could not be read"),
        };
        var results = DriftText.Problems(report).Select(f => new SarifResult(
                f.Status switch { DriftStatus.Drifted => DriftedRule, DriftStatus.Unknown => UnknownRule, _ => UnmanagedRule },
                f.Status switch { DriftStatus.Drifted => "error", DriftStatus.Unknown => "warning", _ => "note" },
                Message(f),
                f.DecidedBy?.Location.Path,
                f.DecidedBy?.Location.Line ?? 0,
                f.DecidedBy?.Location.Column ?? 0))
            .Concat(report.Notes.Select(n => new SarifResult(UnreadableInputRule, "warning", n, null, 0, 0)));
        SarifWriter.Write(output, "smbpol", version, rules, results);
    }

    private static string Message(DriftFinding f) => f.Status == DriftStatus.Unmanaged
        ? $"{f.Host}: {f.Detail} [{f.Source}: {f.Actual}]"
        : $"{f.Host}: {f.Setting} ({f.Control} {f.Stage}, expected by {DriftText.ExpectedBy(f)}) expected {f.Expected}, actual {f.Actual} [{f.Source}]: {f.Detail}";
}
