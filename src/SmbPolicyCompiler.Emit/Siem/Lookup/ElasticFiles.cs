namespace SmbPolicyCompiler.Emit.Siem.Lookup;

/// <summary>
/// Elastic: the enrich policy over the host index (filled from lookup/elastic-hosts.ndjson) and an ingest pipeline
/// that adds smbpol.ring, smbpol.group, smbpol.fqdn, smbpol.role and smbpol.daily_threshold to Winlogbeat / Elastic
/// Agent events by the short name of winlog.computer_name.
/// </summary>
internal static class ElasticFiles
{
    public const string PolicyName = "smbpol-hosts";

    public static string EnrichPolicy() => HostLookupFiles.Json(
        w =>
        {
            w.WriteStartObject("match");
            w.WriteString("indices", HostLookupFiles.ElasticIndex);
            w.WriteString("match_field", "host_key");
            w.WriteStartArray("enrich_fields");
            foreach (var field in new[] { "fqdn", "ring", "group", "role", "daily_threshold" })
            {
                w.WriteStringValue(field);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        },
        indented: true) + "\n";

    public static string IngestPipeline() => HostLookupFiles.Json(
        w =>
        {
            w.WriteString("description", "smbpol: ring and group of the server that logged an SMB audit event");
            w.WriteStartArray("processors");
            w.WriteStartObject();
            w.WriteStartObject("script");
            w.WriteString("if", "ctx.winlog?.computer_name != null");
            w.WriteString("source", "ctx.smbpol_host_key = ctx.winlog.computer_name.toLowerCase().splitOnToken('.')[0]");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteStartObject("enrich");
            w.WriteString("policy_name", PolicyName);
            w.WriteString("field", "smbpol_host_key");
            w.WriteString("target_field", "smbpol");
            w.WriteBoolean("ignore_missing", true);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteStartObject("remove");
            w.WriteString("field", "smbpol_host_key");
            w.WriteBoolean("ignore_missing", true);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        },
        indented: true) + "\n";
}
