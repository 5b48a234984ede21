namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>The export formats the reader understands; each may also be gzip-compressed.</summary>
public enum EventInputFormat
{
    /// <summary>Detect from the content (first bytes after BOM and gzip).</summary>
    Auto,

    /// <summary>wevtutil qe /f:xml or /f:RenderedXml: &lt;Event&gt; elements with or without a root element.</summary>
    WevtutilXml,

    /// <summary>Get-WinEvent | ConvertTo-Json (PowerShell 5.1 or 7): an array or a single object.</summary>
    GetWinEventJson,

    /// <summary>Winlogbeat / Elastic Agent ECS documents, one per line (nested or dotted keys).</summary>
    WinlogbeatNdjson,

    /// <summary>CSV with a header row (Export-Csv, admin-made, Kibana).</summary>
    Csv,

    /// <summary>A binary Windows event log (.evtx), as copied from winevt\Logs or saved with wevtutil epl.</summary>
    Evtx,

    /// <summary>
    /// Not events: a SIEM's readiness aggregate (schemas/readiness-aggregate.schema.json; CSV, JSON array or NDJSON),
    /// one row per server, client, event id and UTC day. Readiness reads it; the event reader reports it as not events.
    /// </summary>
    ReadinessAggregate,
}
