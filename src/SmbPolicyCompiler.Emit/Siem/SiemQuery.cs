namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>The query kinds smbpol writes for every SIEM.</summary>
internal enum SiemQuery
{
    /// <summary>Per server, client, event id and UTC day: count, first and last seen, users and SPNs. Its export is readiness input.</summary>
    ReadinessAggregate,

    /// <summary>Clients over the daily threshold of 3021/3024 events, with the ring of the servers they hit.</summary>
    DailyAlert,

    /// <summary>Every SMB1 client (3000, and 3027 as high priority), with its priority: data.</summary>
    Smb1,

    /// <summary>SMB1 use where the ring disabled SMB1, and SMB1 clients that cannot sign: the alert.</summary>
    Smb1Incident,

    /// <summary>After a ring enforces: the events that mean a client was turned away.</summary>
    EnforcementCheck,
}
