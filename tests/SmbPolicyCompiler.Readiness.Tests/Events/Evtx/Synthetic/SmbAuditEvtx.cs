namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;

/// <summary>
/// A small .evtx of Microsoft-Windows-SMBServer/Audit records (3000, 3021 v0 and v1, 3024, 3025) in both data shapes,
/// over two chunks, written by the test-only <see cref="ChunkWriter"/>. No public raw sample of these events exists;
/// the field lists follow the SMBServer manifest (Tests/.../Synthetic/SOURCES.md). Deterministic: same bytes every run.
/// </summary>
internal static class SmbAuditEvtx
{
    public static readonly IReadOnlyList<SyntheticAuditRecord> Records =
    [
        new(1, 3000, 0, DataShape.EventData, "FS01.corp.example", At(0), [Ansi("ClientName", "10.11.12.13")]),
        new(2, 3021, 0, DataShape.EventData, "FS01.corp.example", At(1), [.. Client(@"\\10.1.10.20"), Bool("ServerRequiresSigning", true)]),
        new(3, 3021, 1, DataShape.UserData, "FS01.corp.example", At(2), [.. Client(@"\\WS-0042.corp.example"), .. User(@"CORP\alice"), Bool("ServerRequiresSigning", false)]),
        new(4, 3024, 0, DataShape.EventData, "FS01.corp.example", At(3), [.. Client(@"\\fe80::1c2:3d4e"), Hex("Status", 0xC0000022), UInt("SPNValidationPolicy", 2)]),
        new(5, 3025, 0, DataShape.UserData, "FS01.corp.example", At(4), [.. Client(@"\\10.1.10.31"), Text("SPN", "cifs/files01.corp.example"), Bool("ServiceClassIsValid", true), Bool("PrincipalNameIsValid", false), UInt("SPNValidationPolicy", 1)]),
        new(6, 3021, 1, DataShape.EventData, "FS02.corp.example", At(5), [.. Client(@"\\10.1.10.21"), .. User("alice@corp.example"), Bool("ServerRequiresSigning", true)]),
        new(7, 3024, 0, DataShape.UserData, "FS02.corp.example", At(6), [.. Client("WS-0007"), Hex("Status", 0), UInt("SPNValidationPolicy", 1)]),
        new(8, 3025, 0, DataShape.EventData, "FS02.corp.example", At(7), [.. Client(@"\\192.0.2.7"), Text("SPN", "HOST/fs02"), Bool("ServiceClassIsValid", false), Bool("PrincipalNameIsValid", true), UInt("SPNValidationPolicy", 2)]),
        new(9, 3021, 0, DataShape.UserData, "FS02.corp.example", At(8), [.. Client(@"\\10.1.10.22"), Bool("ServerRequiresSigning", false)]),
        new(10, 3000, 0, DataShape.EventData, "FS02.corp.example", At(9), [Ansi("ClientName", "LEGACY-PC")]),
    ];

    /// <summary>Records 1–5 in the first chunk, 6–10 in the second (each chunk defines its templates and names anew).</summary>
    public static byte[] Build()
    {
        var templates = new SmbAuditTemplates();
        var chunks = new List<ChunkWriter>();
        foreach (var half in Records.Chunk(5))
        {
            var chunk = new ChunkWriter();
            foreach (var record in half)
            {
                chunk.AddRecord(record.RecordId, record.TimeUtc, templates.Outer(record), Substitutions(record, templates));
            }

            chunks.Add(chunk);
        }

        return EvtxFileWriter.Write(chunks);
    }

    private static List<SubstitutionValue> Substitutions(SyntheticAuditRecord record, SmbAuditTemplates templates)
    {
        List<SubstitutionValue> values =
        [
            Values.UInt16((ushort)record.EventId),
            Values.UInt8(record.Version),
            Values.UInt8(4),
            Values.UInt16(0),
            Values.UInt8(0),
            Values.HexInt64(0x200000000000000),
            Values.FileTime(record.TimeUtc),
            Values.UInt64((ulong)record.RecordId),
            Values.UInt32(4),
            Values.UInt32((uint)(4000 + record.RecordId)),
            Values.Unicode(record.Computer),
        ];
        var fields = record.Fields.Select(f => f.Value).ToList();
        if (record.Shape == DataShape.UserData)
        {
            values.Add(new FragmentValue(templates.UserData(record), fields));
        }
        else
        {
            values.AddRange(fields);
        }

        return values;
    }

    private static DateTime At(int minute) => new DateTime(2025, 10, 1, 8, minute, 0, DateTimeKind.Utc).AddTicks(1234567 + minute);

    private static (string, SubstitutionValue, string)[] Client(string name) =>
        [("ClientNameLength", Values.UInt16((ushort)name.Length), name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), Text("ClientName", name)];

    private static (string, SubstitutionValue, string)[] User(string name) =>
        [("UserNameLength", Values.UInt16((ushort)name.Length), name.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), Text("UserName", name)];

    private static (string, SubstitutionValue, string) Text(string name, string value) => (name, Values.Unicode(value), value);

    private static (string, SubstitutionValue, string) Ansi(string name, string value) => (name, Values.Ansi(value), value);

    private static (string, SubstitutionValue, string) Bool(string name, bool value) => (name, Values.Bool(value), value ? "true" : "false");

    private static (string, SubstitutionValue, string) UInt(string name, uint value) =>
        (name, Values.UInt32(value), value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static (string, SubstitutionValue, string) Hex(string name, uint value) => (name, Values.HexInt32(value), $"0x{value:x}");
}
