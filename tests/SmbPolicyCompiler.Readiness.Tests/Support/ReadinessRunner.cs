using System.Text;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Support;

/// <summary>Runs the whole pipeline (reader → aggregation → verdicts) over exports held in memory, against the test estate.</summary>
internal static class ReadinessRunner
{
    public static ReadinessReport Run(IEnumerable<FixtureEvent> events, ReadinessOptions? options = null, XmlShape shape = XmlShape.EventData) =>
        Run([("events.xml", Encoding.UTF8.GetBytes(WevtutilXmlWriter.Write(events, shape)))], options);

    public static ReadinessReport Run(EventLog log, ReadinessOptions? options = null) => Run(log.Events, options);

    /// <summary>Several exports, read in order by one reader (so duplicates across them are removed).</summary>
    public static ReadinessReport Run(IEnumerable<(string Name, byte[] Content)> exports, ReadinessOptions? options = null)
    {
        return Run(TestEstate.Policy, exports, options);
    }

    /// <summary>Exports read against another policy than the test estate (as of the test estate's date).</summary>
    public static ReadinessReport Run(ResolvedPolicy policy, EventLog log, ReadinessOptions? options = null) =>
        Run(policy, [("events.xml", Encoding.UTF8.GetBytes(WevtutilXmlWriter.Write(log.Events, XmlShape.EventData)))], options);

    private static ReadinessReport Run(ResolvedPolicy policy, IEnumerable<(string Name, byte[] Content)> exports, ReadinessOptions? options)
    {
        options ??= ReadinessOptions.Default;
        var analyzer = new ReadinessAnalyzer(policy, TestEstate.AsOf, options);
        var reader = new AuditEventReader(options.Events);
        foreach (var (name, content) in exports)
        {
            foreach (var e in reader.ReadAudit(new MemoryStream(content), name))
            {
                analyzer.Add(e);
            }
        }

        return analyzer.Build(reader.Report);
    }

    public static ControlReadiness Control(this ReadinessReport report, string ring, string control) =>
        report.Controls.Single(c => c.Ring == ring && c.Control == control);
}
