namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>File names, titles and purposes of the query kinds, the same in every language.</summary>
internal static class SiemQueries
{
    public static IReadOnlyList<SiemQuery> All { get; } = Enum.GetValues<SiemQuery>();

    /// <summary>The kinds deployed as scheduled alerts (analytics rules, alerting saved searches, Sigma rules).</summary>
    public static IReadOnlyList<SiemQuery> Alerts { get; } = [SiemQuery.DailyAlert, SiemQuery.Smb1Incident, SiemQuery.EnforcementCheck];

    public static string FileName(SiemQuery query) => query switch
    {
        SiemQuery.ReadinessAggregate => "readiness-aggregate",
        SiemQuery.DailyAlert => "daily-alert",
        SiemQuery.Smb1 => "smb1",
        SiemQuery.Smb1Incident => "smb1-incident",
        _ => "enforcement-check",
    };

    public static string Title(SiemQuery query) => query switch
    {
        SiemQuery.ReadinessAggregate => "readiness aggregate",
        SiemQuery.DailyAlert => "daily alert: clients over the threshold",
        SiemQuery.Smb1 => "SMB1 clients",
        SiemQuery.Smb1Incident => "SMB1 incident",
        _ => "enforcement check",
    };

    public static string Purpose(SiemQuery query) => query switch
    {
        SiemQuery.ReadinessAggregate => "Counts per server, client, event id and UTC day. Export the result as CSV and run: smbpol readiness <policy> --events <export>.",
        SiemQuery.DailyAlert => "Clients with more than the ring's threshold of 3021 (cannot sign) or 3024 (no SPN) events in the period, per ring of the servers they hit.",
        SiemQuery.Smb1 => "Every SMB1 client (3000) and SMB1 client that cannot sign (3027), with its priority: incident where the ring disabled SMB1, high for 3027, else data.",
        SiemQuery.Smb1Incident => "SMB1 use on servers whose ring disabled SMB1 (High), and SMB1 clients that cannot sign (Medium).",
        _ => "Clients turned away since their servers' ring enforced a control: the events that mean real breakage (docs/siem.md says which are unverified).",
    };
}
