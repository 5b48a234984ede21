using System.IO.Hashing;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;

/// <summary>
/// Templates shaped like the ones Windows writes for Microsoft-Windows-SMBServer/Audit: the Event element with System
/// values as substitutions 0–10, then the fields either inline (EventData/Data[@Name]) or as a nested BinXml fragment
/// under UserData that instantiates its own template (one per field list).
/// </summary>
internal sealed class SmbAuditTemplates
{
    public const string Provider = "Microsoft-Windows-SMBServer";
    public const string ProviderGuid = "{D48CE617-33A2-4BC3-A5C7-11AA4F29619E}";
    public const string Channel = "Microsoft-Windows-SMBServer/Audit";
    private const string EventNamespace = "http://schemas.microsoft.com/win/2004/08/events/event";
    private const string ManifestNamespace = "http://manifests.microsoft.com/win/2004/08/windows/eventlog";
    private const int FirstField = 11;
    private readonly Dictionary<string, BinXmlTemplate> _cache = new(StringComparer.Ordinal);

    public BinXmlTemplate Outer(SyntheticAuditRecord record) => record.Shape == DataShape.UserData
        ? Get("outer|UserData", () => Event(new TemplateElement("UserData", new TemplateSubstitution(FirstField, ValueTypes.BinXml))))
        : Get("outer|EventData|" + Signature(record), () => Event(new TemplateElement("EventData", [.. record.Fields.Select((f, i) => DataElement(f.Name, FirstField + i, f.Value.Type))])));

    public BinXmlTemplate UserData(SyntheticAuditRecord record) => Get("inner|" + Signature(record), () => new TemplateElement(
        "EventData",
        [("xmlns", new TemplateText(ManifestNamespace))],
        [.. record.Fields.Select((f, i) => new TemplateElement(f.Name, new TemplateSubstitution(i, f.Value.Type)))]));

    private static string Signature(SyntheticAuditRecord record) => string.Join(",", record.Fields.Select(f => $"{f.Name}:{f.Value.Type}"));

    private static TemplateElement DataElement(string name, int index, byte type) =>
        new("Data", [("Name", new TemplateText(name))], [new TemplateSubstitution(index, type)]);

    private static TemplateElement Event(TemplateElement data) => new("Event", [("xmlns", new TemplateText(EventNamespace))], [System(), data]);

    private static TemplateElement System() => new(
        "System",
        new TemplateElement("Provider", [("Name", new TemplateText(Provider)), ("Guid", new TemplateText(ProviderGuid))], []),
        new TemplateElement("EventID", new TemplateSubstitution(0, ValueTypes.UInt16)),
        new TemplateElement("Version", new TemplateSubstitution(1, ValueTypes.UInt8)),
        new TemplateElement("Level", new TemplateSubstitution(2, ValueTypes.UInt8)),
        new TemplateElement("Task", new TemplateSubstitution(3, ValueTypes.UInt16)),
        new TemplateElement("Opcode", new TemplateSubstitution(4, ValueTypes.UInt8)),
        new TemplateElement("Keywords", new TemplateSubstitution(5, ValueTypes.HexInt64)),
        new TemplateElement("TimeCreated", [("SystemTime", new TemplateSubstitution(6, ValueTypes.FileTime))], []),
        new TemplateElement("EventRecordID", new TemplateSubstitution(7, ValueTypes.UInt64)),
        new TemplateElement("Correlation"),
        new TemplateElement("Execution", [("ProcessID", new TemplateSubstitution(8, ValueTypes.UInt32)), ("ThreadID", new TemplateSubstitution(9, ValueTypes.UInt32))], []),
        new TemplateElement("Channel", new TemplateText(Channel)),
        new TemplateElement("Computer", new TemplateSubstitution(10, ValueTypes.String)),
        new TemplateElement("Security"));

    private BinXmlTemplate Get(string key, Func<TemplateElement> root)
    {
        if (!_cache.TryGetValue(key, out var template))
        {
            template = new BinXmlTemplate(new Guid(XxHash128.Hash(Encoding.UTF8.GetBytes(key))), root());
            _cache[key] = template;
        }

        return template;
    }
}
