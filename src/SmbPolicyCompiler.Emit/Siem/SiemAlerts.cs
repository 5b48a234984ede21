namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>
/// How each alerting query kind is scheduled and rated, the same in Sentinel and Splunk: the daily alert looks at one
/// day once a day; SMB1 incidents and enforcement breakage every hour over the last hour.
/// </summary>
internal sealed record SiemAlerts(string Severity, string Frequency, string Period, string SplunkCron, string SplunkEarliest, string Tactic, string Technique, string SigmaLevel)
{
    private static readonly SiemAlerts Daily = new("Medium", "1d", "1d", "0 6 * * *", "-24h", "CredentialAccess", "T1557", "medium");
    private static readonly SiemAlerts Hourly = new("High", "1h", "1h", "7 * * * *", "-1h", "LateralMovement", "T1210", "high");
    private static readonly SiemAlerts Breakage = new("High", "1h", "1h", "7 * * * *", "-1h", "CredentialAccess", "T1557", "high");

    public static SiemAlerts Of(SiemQuery query) => query switch
    {
        SiemQuery.DailyAlert => Daily,
        SiemQuery.Smb1Incident => Hourly,
        SiemQuery.EnforcementCheck => Breakage,
        _ => throw new ArgumentOutOfRangeException(nameof(query), query, "not an alerting query kind"),
    };
}
