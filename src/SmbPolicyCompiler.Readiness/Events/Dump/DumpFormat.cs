namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>What <c>smbpol events dump</c> writes: one normalised record per event.</summary>
public enum DumpFormat
{
    /// <summary>One JSON object per line: recordId, time, provider, channel, eventId, version, level, computer, data.</summary>
    Ndjson,

    /// <summary>Event XML in the Windows schema (System values, EventData/Data by name) inside one &lt;Events&gt; root.</summary>
    Xml,

    /// <summary>CSV with a header row; the data column holds the fields as a JSON object.</summary>
    Csv,
}
