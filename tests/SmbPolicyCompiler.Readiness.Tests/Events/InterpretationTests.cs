using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class InterpretationTests
{
    [Fact]
    public void Interpret_FieldsInAnyOrderAndCase_AreFoundByName()
    {
        var e = AuditEventInterpreter.Interpret(Record(3025, 0, AuditChannelsFor.Server,
            ("spnvalidationpolicy", "2"), ("PrincipalNameIsValid", "False"), ("SPN", "cifs/x"), ("ServiceClassIsValid", "1"), ("CLIENTNAME", @"\\ws1")))!;

        e.Kind.Should().Be(AuditEvents.ClientSentUnrecognizedSpn);
        e.Client!.Value.Should().Be("ws1");
        e.SpnValidationPolicy.Should().Be(2);
        e.PrincipalNameIsValid.Should().BeFalse();
        e.ServiceClassIsValid.Should().BeTrue();
        e.Spn.Should().Be("cifs/x");
    }

    [Theory]
    [InlineData(null, new[] { "12", @"\\10.1.10.20", "false" }, null)]
    [InlineData(0, new[] { "12", @"\\10.1.10.20", "false" }, null)]
    [InlineData(1, new[] { "12", @"\\10.1.10.20", "false" }, null)]
    [InlineData(1, new[] { "12", @"\\10.1.10.20", "13", @"CONTOSO\bob", "false" }, @"CONTOSO\bob")]
    [InlineData(null, new[] { "12", @"\\10.1.10.20", "13", @"CONTOSO\bob", "false" }, @"CONTOSO\bob")]
    public void Interpret_PositionalValuesOf3021_UseTheTemplateWhoseSlotCountFits(int? version, string[] values, string? user)
    {
        var e = AuditEventInterpreter.Interpret(Record(3021, version, AuditChannelsFor.Server,
            [.. values.Select((v, i) => ($"param{i + 1}", v))]))!;

        e.Client!.Value.Should().Be("10.1.10.20");
        e.UserName.Should().Be(user);
        e.ServerRequiresSigning.Should().BeFalse();
    }

    [Fact]
    public void Interpret_PositionalValuesOf3000_HaveNoLengthSlot()
    {
        var e = AuditEventInterpreter.Interpret(Record(3000, 0, AuditChannelsFor.Server, ("param1", "10.11.12.13")))!;

        e.Client!.Value.Should().Be("10.11.12.13");
    }

    [Theory]
    [InlineData(3002, "Microsoft-Windows-SMBServer/Audit", "", RecordClass.UnknownAuditEvent)]
    [InlineData(31998, "Microsoft-Windows-SMBServer/Audit", "", RecordClass.UnknownAuditEvent)]
    [InlineData(3021, "microsoft-windows-smbserver/AUDIT", "", RecordClass.Audit)]
    [InlineData(31999, "Microsoft-Windows-SmbClient/Audit", "", RecordClass.Audit)]
    [InlineData(3000, "Microsoft-Windows-SMBServer/Operational", "", RecordClass.OtherChannel)]
    [InlineData(3000, "", "", RecordClass.Audit)]
    [InlineData(3000, "", "Microsoft-Windows-SMBServer", RecordClass.Audit)]
    [InlineData(3000, "", "Microsoft-Windows-Security-Auditing", RecordClass.OtherChannel)]
    [InlineData(5168, "", "", RecordClass.UnknownAuditEvent)]
    [InlineData(5168, "", "Microsoft-Windows-Security-Auditing", RecordClass.OtherChannel)]
    public void Classify_ByChannelIdAndProvider(int id, string channel, string provider, RecordClass expected)
    {
        var record = Record(id, 0, channel, ("ClientName", "x")) with { Provider = provider };

        AuditEventInterpreter.Classify(record).Should().Be(expected);
        (AuditEventInterpreter.Interpret(record) is not null).Should().Be(expected == RecordClass.Audit);
    }

    [Fact]
    public void Interpret_ClientSideEvent_TheLoggingComputerIsTheClient()
    {
        var e = AuditEventInterpreter.Interpret(Record(31998, 0, AuditChannelsFor.Client, ("ServerName", @"\\NAS02"), ("ClientRequireSigning", "true")))!;

        e.Side.Should().Be(AuditSide.Client);
        e.Client!.Value.Should().Be("ws-0100");
        e.Server!.Value.Should().Be("nas02");
        e.RawPeerName.Should().Be(@"\\NAS02");
        e.ClientRequiresSigning.Should().BeTrue();
    }

    private static AuditEvent Record(int id, int? version, string channel, params (string Name, string Value)[] fields) => new()
    {
        Computer = channel == AuditChannelsFor.Client ? "WS-0100" : "FS01",
        Channel = channel,
        Provider = string.Empty,
        EventId = id,
        Version = version,
        Fields = EventFields.From(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        Location = new EventLocation("test", 1, 1),
    };

    private static class AuditChannelsFor
    {
        public const string Server = AuditChannels.SmbServerAudit;
        public const string Client = AuditChannels.SmbClientAudit;
    }
}
