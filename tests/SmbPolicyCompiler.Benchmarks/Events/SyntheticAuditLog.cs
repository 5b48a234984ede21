using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Benchmarks.Events;

/// <summary>
/// A deterministic, realistic SMB audit log: ~50 servers with their own record id sequences, ~2,000 clients
/// (names, IPv4, IPv6, written the ways the events write them), a mix of event ids weighted like a signing/EPA
/// audit phase, both XML shapes. Written as wevtutil XML or Winlogbeat NDJSON, streaming.
/// </summary>
internal sealed class SyntheticAuditLog(int events, int seed = 42)
{
    public const int Servers = 50;
    public const int Clients = 2000;

    private static readonly (int Id, int Version, int Weight)[] Mix =
    [
        (3021, 0, 22), (3021, 1, 23), (3000, 0, 10), (3022, 0, 5), (3023, 0, 3), (3024, 0, 12), (3025, 0, 8), (3026, 0, 5),
        (3027, 0, 4), (31998, 0, 4), (31999, 0, 4),
    ];

    public Dictionary<int, long> CountsById { get; } = [];

    public void WriteXml(TextWriter output) => Write(output, Shape.Xml);

    public void WriteNdjson(TextWriter output) => Write(output, Shape.Ndjson);

    /// <summary>Export-Csv of Get-WinEvent with the event data as columns (every value quoted), as admins export it.</summary>
    public void WriteCsv(TextWriter output)
    {
        output.Write(string.Join(",", CsvColumns.Select(c => $"\"{c}\"")) + "\r\n");
        Write(output, Shape.Csv);
    }

    private static readonly string[] CsvFields =
    [
        "ClientNameLength", "ClientName", "ServerNameLength", "ServerName", "UserNameLength", "UserName", "ServerRequiresSigning",
        "ServerRequiresEncryption", "SmbClientDoesNotSupportEncryptionType", "Status", "SPNValidationPolicy", "SPN", "ServiceClassIsValid",
        "PrincipalNameIsValid", "ClientRequireSigning", "ClientRequireEncryption",
    ];

    private static readonly string[] CsvColumns = ["TimeCreated", "Id", "Version", "MachineName", "RecordId", "LogName", "ProviderName", .. CsvFields];

    private enum Shape
    {
        Xml,
        Ndjson,
        Csv,
    }

    private void Write(TextWriter output, Shape shape)
    {
        CountsById.Clear();
        var random = new Random(seed);
        var recordIds = new long[Servers + Clients];
        var totalWeight = Mix.Sum(m => m.Weight);
        var start = new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        var line = new StringBuilder(2048);
        for (var i = 0; i < events; i++)
        {
            var pick = random.Next(totalWeight);
            var (id, version, _) = Mix.First(m => (pick -= m.Weight) < 0);
            var server = random.Next(Servers);
            var client = random.Next(Clients);
            var clientSide = id >= 31998;
            var logger = clientSide ? Servers + client : server;
            var e = new Event(
                id,
                version,
                clientSide ? ClientComputer(client) : $"FS{server + 1:00}.contoso.com",
                clientSide ? "Microsoft-Windows-SMBClient/Audit" : "Microsoft-Windows-SMBServer/Audit",
                clientSide ? "Microsoft-Windows-SMBClient" : "Microsoft-Windows-SMBServer",
                ++recordIds[logger],
                start.AddTicks(i * 5_000_000L + random.Next(10_000_000)),
                Fields(id, version, clientSide ? $@"\\FS{server + 1:00}.contoso.com" : RawClientName(client, random), client, random),
                UserDataShape: random.Next(10) < 3);
            line.Clear();
            switch (shape)
            {
                case Shape.Ndjson:
                    AppendNdjson(line, e);
                    break;
                case Shape.Csv:
                    AppendCsv(line, e);
                    break;
                default:
                    AppendXml(line, e);
                    break;
            }

            output.Write(line);
            CountsById[id] = CountsById.GetValueOrDefault(id) + 1;
        }
    }

    private static string ClientComputer(int client) => $"WS-{client:00000}.contoso.com";

    private static string RawClientName(int client, Random random) => (client % 20) switch
    {
        < 12 => random.Next(4) == 0 ? $@"\\ws-{client:00000}" : $@"\\WS-{client:00000}",
        < 19 => random.Next(5) == 0 ? $"10.{client / 250}.{client % 250}.{client % 7 + 10}:{49152 + random.Next(16000)}" : $@"\\10.{client / 250}.{client % 250}.{client % 7 + 10}",
        _ => $@"\\[2001:db8::{client:x}]:{49152 + random.Next(16000)}",
    };

    private static List<(string, string)> Fields(int id, int version, string peer, int client, Random random)
    {
        var name = id >= 31998 ? "ServerName" : "ClientName";
        var fields = id == 3000 ? new List<(string, string)>() : [(name + "Length", (peer.Length + 1).ToString(CultureInfo.InvariantCulture))];
        fields.Add((name, peer));
        switch (id)
        {
            case 3021 when version == 1:
                var user = $@"CONTOSO\user{client % 700:000}";
                fields.AddRange([("UserNameLength", (user.Length + 1).ToString(CultureInfo.InvariantCulture)), ("UserName", user), ("ServerRequiresSigning", "false")]);
                break;
            case 3021 or 3027:
                fields.Add(("ServerRequiresSigning", random.Next(10) == 0 ? "true" : "false"));
                break;
            case 3022:
                fields.AddRange([("ServerRequiresEncryption", "false"), ("SmbClientDoesNotSupportEncryptionType", "1")]);
                break;
            case 3024:
                fields.AddRange([("Status", "0xC000006D"), ("SPNValidationPolicy", "1")]);
                break;
            case 3025:
                fields.AddRange([("SPN", $"cifs/alias{client % 40}.contoso.com"), ("ServiceClassIsValid", "true"), ("PrincipalNameIsValid", "false"), ("SPNValidationPolicy", "1")]);
                break;
            case 3026:
                fields.Add(("SPNValidationPolicy", "1"));
                break;
            case 31998:
                fields.Add(("ClientRequireSigning", "true"));
                break;
            case 31999:
                fields.Add(("ClientRequireEncryption", "false"));
                break;
        }

        return fields;
    }

    private static void AppendXml(StringBuilder s, Event e)
    {
        var guid = e.Provider.EndsWith("Server", StringComparison.Ordinal) ? "{d48ce617-33a2-4bc3-a5c7-11aa4f29619e}" : "{988c59c5-0a1c-45b6-a555-0c62276e327d}";
        s.Append("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='").Append(e.Provider)
            .Append("' Guid='").Append(guid).Append("'/><EventID>").Append(e.Id).Append("</EventID><Version>").Append(e.Version)
            .Append("</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='")
            .Append(e.Time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Append("'/><EventRecordID>").Append(e.RecordId)
            .Append("</EventRecordID><Correlation/><Execution ProcessID='4' ThreadID='").Append(1000 + (e.RecordId % 3000)).Append("'/><Channel>")
            .Append(e.Channel).Append("</Channel><Computer>").Append(e.Computer).Append("</Computer><Security UserID='S-1-5-18'/></System>");
        if (e.UserDataShape)
        {
            s.Append("<UserData><EventData xmlns='http://manifests.microsoft.com/win/2004/08/windows/smbserver'>");
            foreach (var (name, value) in e.Fields)
            {
                s.Append('<').Append(name).Append('>').Append(Escape(value)).Append("</").Append(name).Append('>');
            }

            s.Append("</EventData></UserData>");
        }
        else
        {
            s.Append("<EventData>");
            foreach (var (name, value) in e.Fields)
            {
                s.Append("<Data Name='").Append(name).Append("'>").Append(Escape(value)).Append("</Data>");
            }

            s.Append("</EventData>");
        }

        s.Append("</Event>\r\n");
    }

    private static void AppendNdjson(StringBuilder s, Event e)
    {
        s.Append("{\"@timestamp\":\"").Append(e.Time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
            .Append("\",\"agent\":{\"type\":\"winlogbeat\",\"version\":\"8.15.0\"},\"ecs\":{\"version\":\"8.0.0\"},\"event\":{\"code\":\"").Append(e.Id)
            .Append("\",\"kind\":\"event\",\"provider\":\"").Append(e.Provider).Append("\"},\"host\":{\"name\":\"wec01\"},\"log\":{\"level\":\"information\"},")
            .Append("\"message\":\"SMB audit event\",\"winlog\":{\"api\":\"wineventlog\",\"channel\":\"").Append(e.Channel)
            .Append("\",\"computer_name\":\"").Append(e.Computer).Append("\",\"event_id\":\"").Append(e.Id).Append("\",\"provider_name\":\"")
            .Append(e.Provider).Append("\",\"record_id\":").Append(e.RecordId).Append(",\"version\":").Append(e.Version)
            .Append(",\"process\":{\"pid\":4,\"thread\":{\"id\":1234}},\"").Append(e.UserDataShape ? "user_data" : "event_data").Append("\":{");
        for (var i = 0; i < e.Fields.Count; i++)
        {
            s.Append(i == 0 ? "\"" : ",\"").Append(e.Fields[i].Item1).Append("\":\"").Append(e.Fields[i].Item2.Replace(@"\", @"\\", StringComparison.Ordinal)).Append('"');
        }

        s.Append("}}}\n");
    }

    private static void AppendCsv(StringBuilder s, Event e)
    {
        s.Append('"').Append(e.Time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Append("\",\"").Append(e.Id)
            .Append("\",\"").Append(e.Version).Append("\",\"").Append(e.Computer).Append("\",\"").Append(e.RecordId).Append("\",\"")
            .Append(e.Channel).Append("\",\"").Append(e.Provider).Append('"');
        foreach (var field in CsvFields)
        {
            s.Append(",\"");
            foreach (var (name, value) in e.Fields)
            {
                if (name == field)
                {
                    s.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                }
            }

            s.Append('"');
        }

        s.Append("\r\n");
    }

    private static string Escape(string value) => value.Contains('&') || value.Contains('<') ? System.Security.SecurityElement.Escape(value) : value;

    private sealed record Event(int Id, int Version, string Computer, string Channel, string Provider, long RecordId, DateTime Time, List<(string, string)> Fields, bool UserDataShape);
}
