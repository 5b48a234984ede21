using System.Text;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>Runs the reader over in-memory content or files and returns what it gave and what it reported.</summary>
internal static class Reading
{
    public static (List<SmbAuditEvent> Events, ReadReport Report) Audit(byte[] content, EventReadOptions? options = null, string name = "input")
    {
        var reader = new AuditEventReader(options);
        var events = reader.ReadAudit(new MemoryStream(content), name).ToList();
        return (events, reader.Report);
    }

    public static (List<SmbAuditEvent> Events, ReadReport Report) Audit(string text, EventReadOptions? options = null, string name = "input") =>
        Audit(Encoding.UTF8.GetBytes(text), options, name);

    public static (List<AuditEvent> Records, ReadReport Report) All(byte[] content, EventReadOptions? options = null, string name = "input")
    {
        var reader = new AuditEventReader(options);
        var records = reader.ReadAll(new MemoryStream(content), name).ToList();
        return (records, reader.Report);
    }

    public static (List<AuditEvent> Records, ReadReport Report) All(string text, EventReadOptions? options = null, string name = "input") =>
        All(Encoding.UTF8.GetBytes(text), options, name);

    public static (List<SmbAuditEvent> Events, ReadReport Report) Files(IEnumerable<string> paths, EventReadOptions? options = null)
    {
        var reader = new AuditEventReader(options);
        var events = reader.ReadAudit(paths).ToList();
        return (events, reader.Report);
    }

    public static EventReadOptions XmlReaderEngine { get; } = new() { XmlEngine = XmlEngine.XmlReader };
}
