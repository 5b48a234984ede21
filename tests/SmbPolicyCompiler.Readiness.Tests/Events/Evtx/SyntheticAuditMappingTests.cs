using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>
/// The mapping proof on SMB audit records: the synthetic SMBServer/Audit .evtx read natively, and the same records as
/// evtxexport renders them read through the XML reader, give the same typed <see cref="SmbAuditEvent"/>s, property by
/// property — and none of them is null, so every property is exercised on a real value.
/// </summary>
[Trait("Category", "Interop")]
public sealed class SyntheticAuditMappingTests
{
    public static TheoryData<XmlEngine> Engines => [XmlEngine.Fast, XmlEngine.XmlReader];

    [Theory]
    [MemberData(nameof(Engines))]
    public void Interpret_SyntheticAuditRecords_EvtxAndXmlPathsGiveTheSameTypedEvents(XmlEngine engine)
    {
        var (native, viaXml) = ReadBothWays(engine);

        native.Should().HaveCount(SmbAuditEvtx.Records.Count).And.NotContainNulls();
        viaXml.Should().HaveCount(SmbAuditEvtx.Records.Count).And.NotContainNulls();
        var differences = native.Zip(viaXml).SelectMany(p => TypedEventComparison.Differences(p.First!, p.Second!)).ToList();
        differences.Should().BeEmpty($"first differences:\n{string.Join("\n", differences.Take(20))}");
    }

    [Fact]
    public void Interpret_SyntheticAuditRecords_CarryTheWrittenValues()
    {
        var (native, _) = ReadBothWays(XmlEngine.Fast);
        var events = native.ToDictionary(e => e!.Raw.RecordId!.Value, e => e!);

        events.Values.Select(e => e.EventId).Should().Equal(SmbAuditEvtx.Records.Select(r => r.EventId));
        events[1].Client!.ToString().Should().Be("10.11.12.13");
        events[2].ServerRequiresSigning.Should().BeTrue();
        (events[2].Version, events[2].UserName).Should().Be((0, null));
        (events[3].Version, events[3].UserName, events[3].ServerRequiresSigning).Should().Be((1, @"CORP\alice", false));
        (events[4].Status, events[4].SpnValidationPolicy).Should().Be((0xC0000022u, 2u));
        (events[5].Spn, events[5].ServiceClassIsValid, events[5].PrincipalNameIsValid).Should().Be(("cifs/files01.corp.example", true, false));
        (events[7].Status, events[7].RawPeerName, events[7].Client!.ToString()).Should().Be((0u, "WS-0007", "ws-0007"));
        events[6].Server!.ToString().Should().Be("fs02.corp.example");
        events.Values.Should().OnlyContain(e => !e.DataMissing && e.TimeUtc != null);
    }

    private static (List<SmbAuditEvent?> Native, List<SmbAuditEvent?> ViaXml) ReadBothWays(XmlEngine engine)
    {
        using var folder = new TempFolder();
        var evtx = folder.Write("smb-audit.evtx", SmbAuditEvtx.Build());
        var xml = ReferenceReaders.Run("evtxexport", "libevtx-utils", "-f", "xml", evtx);
        var xmlPath = folder.Write("rendered.xml", xml[(xml.IndexOf('\n') + 1)..]);
        var options = new EventReadOptions { RemoveDuplicates = false, XmlEngine = engine };

        var native = new AuditEventReader(options).ReadAll([evtx]).Select(AuditEventInterpreter.Interpret).ToList();
        var viaXml = new AuditEventReader(options).ReadAll([xmlPath]).Select(AuditEventInterpreter.Interpret).ToList();
        return (native, viaXml);
    }
}
