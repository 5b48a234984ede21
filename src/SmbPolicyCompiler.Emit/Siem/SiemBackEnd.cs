using System.Text;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.Siem.Kql;
using SmbPolicyCompiler.Emit.Siem.Lookup;
using SmbPolicyCompiler.Emit.Siem.Sigma;
using SmbPolicyCompiler.Emit.Siem.Spl;

namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>
/// The siem back end: one folder for the whole policy (siem/) with the host lookup for each SIEM (lookup/), KQL for
/// Sentinel's Event and WindowsEvent tables with analytics rules (sentinel/), Splunk searches and configuration
/// (splunk/), Sigma rules and the custom logsource's pipeline (sigma/) and the Elastic enrich policy (elastic/).
/// </summary>
internal static class SiemBackEnd
{
    public const string Folder = "siem";

    public static IEnumerable<GeneratedFile> Write(EmitContext context)
    {
        var policy = new SiemPolicy(context);
        foreach (var file in HostLookupFiles.Write(policy))
        {
            yield return file;
        }

        foreach (var table in KqlTable.All)
        {
            var queries = new KqlQueries(policy, table);
            foreach (var query in SiemQueries.All)
            {
                var kql = queries.Text(query);
                yield return File($"sentinel/{table.Folder}/{SiemQueries.FileName(query)}.kql", kql);
                if (SiemQueries.Alerts.Contains(query))
                {
                    yield return File($"sentinel/{table.Folder}/analytics/{SiemQueries.FileName(query)}.yaml", AnalyticsRule.Write(policy, table, query, kql));
                }
            }
        }

        var spl = new SplQueries(policy);
        foreach (var query in SiemQueries.All)
        {
            yield return File($"splunk/{SiemQueries.FileName(query)}.spl", spl.Text(query));
        }

        yield return File("splunk/savedsearches.conf", SplunkConfFiles.SavedSearches(policy, spl));
        yield return File("splunk/macros.conf", SplunkConfFiles.Macros());
        yield return File("splunk/transforms.conf", SplunkConfFiles.Transforms());

        foreach (var (name, text) in new SigmaRules(policy).All())
        {
            yield return File($"sigma/rules/{name}.yml", text);
        }

        yield return File("sigma/pipelines/smbpol-logsources.yml", SigmaRules.Pipeline());
        yield return File("elastic/enrich-policy.json", ElasticFiles.EnrichPolicy());
        yield return File("elastic/ingest-pipeline.json", ElasticFiles.IngestPipeline());
    }

    public static GeneratedFile File(string path, byte[] utf8) => new($"{Folder}/{path}", utf8);

    /// <summary>A file written whenever its bytes are wanted (streamed to disk by compile).</summary>
    public static GeneratedFile File(string path, Action<ChunkedUtf8Buffer> write) => new($"{Folder}/{path}", write);

    public static GeneratedFile File(string path, string text) => new($"{Folder}/{path}", new UTF8Encoding(false).GetBytes(text));
}
