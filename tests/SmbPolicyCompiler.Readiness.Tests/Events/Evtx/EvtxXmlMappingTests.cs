using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>
/// The EVTX path and the XML path give the same events for the same records: each corpus file is read natively and,
/// rendered as XML by evtxexport, through the XML reader (both engines). Values are compared with the normalisations of
/// the differential test (evtxexport pads hex and writes 9 fractional digits). Typed SMB audit events follow from the
/// same records by the same interpreter, so they are compared too where a record is one (the corpus holds no SMB audit
/// record: <see cref="SyntheticAuditMappingTests"/> makes that comparison on SMBServer/Audit records).
/// </summary>
[Trait("Category", "Interop")]
public sealed class EvtxXmlMappingTests
{
    public static TheoryData<string, XmlEngine> Cases => new()
    {
        { "system.evtx", XmlEngine.Fast },
        { "security.evtx", XmlEngine.Fast },
        { "sysmon.evtx", XmlEngine.XmlReader },
        { "sample-with-irregular-bool-values.evtx", XmlEngine.Fast },
        { "Application_no_crc32.evtx", XmlEngine.XmlReader },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_SameRecordsThroughEvtxAndXml_GiveTheSameEvents(string name, XmlEngine engine)
    {
        using var folder = new TempFolder();
        var xml = ReferenceReaders.Run("evtxexport", "libevtx-utils", "-f", "xml", EvtxCorpus.PathOf(name));
        var xmlPath = folder.Write("rendered.xml", xml[(xml.IndexOf('\n') + 1)..]);
        var options = new EventReadOptions { RemoveDuplicates = false, XmlEngine = engine };

        var native = new AuditEventReader(options).ReadAll([EvtxCorpus.PathOf(name)]).ToList();
        var viaXml = new AuditEventReader(options).ReadAll([xmlPath]).ToList();

        viaXml.Should().HaveCount(native.Count);
        var differences = new List<string>();
        for (var i = 0; i < native.Count; i++)
        {
            ReferenceComparison.CompareEvents(native[i], viaXml[i], differences);
            var (a, b) = (AuditEventInterpreter.Interpret(native[i]), AuditEventInterpreter.Interpret(viaXml[i]));
            if ((a is null) != (b is null) || (a is not null && a with { Raw = b!.Raw } != b))
            {
                differences.Add($"record {native[i].RecordId}: the typed audit events differ");
            }
        }

        differences.Should().BeEmpty($"first differences:\n{string.Join("\n", differences.Take(20))}");
    }
}
