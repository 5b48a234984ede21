using System.Text;
using System.Text.Json;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>
/// JSON event objects mapped by line (bytes walked without a tokeniser) or by scope (names matched on their bytes, values
/// found by their bytes) give exactly what the general walk over dotted paths gives: the same record, the same
/// exception, the same problems, object after object.
/// </summary>
public sealed class JsonScopedMappingTests
{
    private const int MutationsPerObject = 40;

    private static readonly string[] EdgeCases =
    [
        """{"WINLOG":{"Event_ID":"3000","Event_Data":{"ClientName":"a","XML_NAME":"x"}},"@TIMESTAMP":"2025-10-01T00:00:00Z"}""",
        """{"winlog":{"event_id":3000,"event_data":{"xml_name":{"ClientName":"nested"},"ClientName":"a"}}}""",
        """{"winlog":{"event_id":3000,"event_data":{"ClientName":{"Value":"a"}}}}""",
        """{"winlog":{"event_id":3000,"event_data":{"ClientName":["a","b"]}}}""",
        """{"winlog":{"event_id":3000,"event_data":{"ClientName":null,"Other":true,"Num":12.5e3}}}""",
        """{"winlog":{"event_id":3000,"event_data":"text","user_data":{"A":"1","a":"2"}}}""",
        """{"_Source":{"winlog":{"event_id":3000}},"Id":5}""",
        """{"_source":{"_source":{"Id":7},"winlog":{"event_id":3000,"channel":"c"},"Properties":[{"Value":"p"}]}}""",
        """{"_source":{"Id":7,"Properties":[{"Value":"p"}]}}""",
        """{"Id":3000,"Properties":[{"Value":"a"},{"Value":{"Value":"S-1-5"}},{"Value":12},"trunc"],"TimeCreated":{"value":"/Date(1759300000000)/","DateTime":"x"}}""",
        """{"Id":3000,"Properties":{"Value":"not an array"},"TimeCreated":"2025-10-01T08:00:00"}""",
        """{"Id":3000,"properties":[{"value":"case"},{"Value":"a","Value":"b"}],"message":"ClientName: x"}""",
        """{"event":{"code":"3024","provider":"P","code":"1"},"host":{"name":"h","hostname":"hh"},"log":{"level":"warning"},"winlog":{"api":"x"}}""",
        """{"event":{"code":{"x":1}},"host":{"name":{"a":"b"}},"log":["level"],"winlog":{"process":{"pid":null,"thread":{"id":1}},"keywords":["Audit"]}}""",
        """{"winlog":{"event_id":"3000","process":{"pid":null}},"Id":"1"}""",
        """{"winlog":{"event_id":"x3000"},"Level":"Information","Version":"2","RecordId":"-1"}""",
        """{"winlog":{"event_id":"3000","time_created":"bad time","record_id":"12","version":1,"level":"Error"}}""",
        """{"winlog.event_id":"3000","winlog.event_data.ClientName":"dotted","winlog":{"event_data":{"Other":"nested"}}}""",
        """{"\u0077inlog":{"event_id":"3000","event_data":{"\u0043lientName":"escaped"}}}""",
        """{"winlog":{"event_id":"3000","event_data":{"Clïent":"non-ascii","":"empty"}}}""",
        """{"winlog":{"event_id":"3000","event_data":{"ClientName":"\\\\ws-1","Name2":"caf\u00e9","N3":"\ud800"}}}""",
        """{"agent":{"naïve":1},"winlog":{"event_id":"3000"}}""",
        """{"agent":{"\u00ff":1},"winlog":{"event_id":"3000"}}""",
        """{"Id":1,"TimeCreated":"2025-10-01T08:00:00Z","@timestamp":"2024-01-01T00:00:00Z","winlog":{"time_created":"2023-01-01T00:00:00Z"}}""",
        $$$"""{"winlog":{"event_id":"3000","event_data":{"ClientName":"{{{new string('c', 300)}}}"}},"message":"{{{new string('m', 300)}}}"}""",
        $$$"""{"Id":3000,"Properties":[{"Value":"{{{new string('p', 300)}}}"}],"Message":"short"}""",
        $$$"""{"Id":3000,"Properties":[{"Value":"a"}],"Message":"{{{new string('m', 300)}}}","Version":{{{new string('1', 300)}}}}""",
        """{"winlog":{"event_id":"3000","event_data":{"ClientName":"a"}},"x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""",
        $$$"""{"winlog":{"event_id":"3000","event_data":{"{{{new string('N', 120)}}}":"long name"}},"{{{new string('a', 600)}}}":{"b":1}}""",
        """{"winlog":{"event_id":"3000"}} trailing""",
        """{"winlog":{"event_id":"3000"},"message":"Client Name: \\\\ws-1\r\nServer Name: x","Message":"Client Name: plain"}""",
        """{"winlog":{"event_id":"3000"},"message":"Client Name: plain","Message":"Client\u0020Name: escaped"}""",
        """{"winlog":{"event_id":"3000"},"message":"Client Name: first","message":7,"message":"Client Name: café"}""",
        """{"winlog":{"event_id":"3000","event_data":{"ClientName":"a"}},"message":"Client Name: unused"}""",
        """{"winlog":{"event_id":"3000",}, /* comment */ "Id":2,}""",
        " \t{ \"winlog\" : { \"event_id\" : 3000 , \"event_data\" : { \"ClientName\" : \"a\" } } }\r",
        """{"winlog":{"event_id":-0,"record_id":0012,"version":1.5,"event_data":{"A":-12,"B":1e3,"C":true,"D":false,"E":null}}}""",
        """{"winlog":{"event_id":"3000","record_id":-7,"version":"\u0031","level":"Warn\u0069ng","computer_name":"FS\u00e9.x","event_data":{"A":"\/\b\f\n\r\t\"\\"}}}""",
        """{"agent":{"a\u0062":1},"winlog":{"event_id":"3000"}}""",
        """{"agent":{"x":[1,{"y":[true,false,null,"s",{"\u00ff":2}]},[]],"z":{}},"winlog":{"event_id":"3000","process":{"pid":4,"thread":{}}}}""",
        """{"winlog":{"process":{"pid":null,"thread":{"id":[1]}},"event_id":"3000"}}""",
        """{"winlog":{"event_id":"3000","event_data":{"ClientName":"a","ClientName":"b"}},"winlog":{"event_id":"3001"}}""",
        """{"winlog":{"event_data":{"ClientName":"a"},"computer_name":"S","event_id":"3000"},"@timestamp":"2025-10-01T00:00:00Z","host":{"name":"h"}}""",
        """{"winlog":{"event_id":"3000","event_data":{"ClientName":"tab\there","Bad":"\x"}}}""",
        """{"winlog":{"event_id":"3000","event_data":{"ClientName":"a\u12"}}}""",
        "{\"winlog\":{\"event_id\":\"3000\",\"event_data\":{\"ClientName\":\"ctl\u0001\"}}}",
        """{"winlog":{"event_id":"3000"},"x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""",
        """{"winlog":{"event_id":"3000"},"x":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}""",
        """{"winlog":{"event_id":"3000"}}{"Id":1}""",
        """{"winlog":{"event_id":"3000"},}""",
        """{"winlog":{"event_id":"3000"},"message":"a","message":"b\u0020c","Message":"d"}""",
        """{}""",
        """{"winlog":{"event_id":tru}}""",
        """{"winlog":{"event_id":"3000"}""",
    ];

    public static TheoryData<int> FieldLimits => [32 * 1024, 256];

    [Theory]
    [MemberData(nameof(FieldLimits))]
    public void Map_ObjectsAndTheirMutations_GiveWhatTheGeneralWalkGives(int maxFieldChars)
    {
        var options = new EventReadOptions { MaxFieldChars = maxFieldChars, MaxProblemsListed = int.MaxValue };
        var byLine = new Side(options, byScope: true, byLine: true);
        var scoped = new Side(options, byScope: true, byLine: false);
        var general = new Side(options, byScope: false, byLine: false);
        var compared = 0;
        foreach (var (source, valid) in Objects())
        {
            foreach (var (number, bytes) in ByteMutations.Of(valid, MutationsPerObject, seed: compared).Prepend((-1, valid)))
            {
                var name = $"{source} case {number}: {Encoding.UTF8.GetString(bytes)}";
                var expected = general.Map(bytes);
                scoped.Map(bytes).Should().Be(expected, name);
                byLine.Map(bytes).Should().Be(expected, name);
                var expectedFirst = general.MapFirst(bytes);
                scoped.MapFirst(bytes).Should().Be(expectedFirst, name);
                byLine.MapFirst(bytes).Should().Be(expectedFirst, name);
                compared++;
            }
        }

        compared.Should().BeGreaterThan(1000);
        scoped.MappedByScope.Should().BeGreaterThan(compared / 10, "objects that stay valid JSON with plain names are mapped by scope");
        general.MappedByScope.Should().Be(0);
        byLine.MappedByLine.Should().BeGreaterThan(compared / 20, "whole objects that stay plain JSON (after a mutation, most do not) are mapped by the line path");
        scoped.MappedByLine.Should().Be(0);
        general.MappedByLine.Should().Be(0);
    }

    [Fact]
    public void Map_WinlogbeatLine_IsMappedByTheLinePath()
    {
        var line = Encoding.UTF8.GetBytes(WinlogbeatWriter.Write([AuditFixtures.Audit[2]], dotted: false).TrimEnd('\n'));
        var mapper = new JsonEventMapper(new ReadContext(EventReadOptions.Default, new StringPool(), "f"));

        var first = mapper.Map(line, new EventLocation("f", 1, 1));
        var again = mapper.Map(line, new EventLocation("f", 2, 2));

        mapper.MappedByLine.Should().Be(2);
        first!.Fields["ClientName"].Should().Be(@"\\WS-0042");
        again!.Fields["ClientName"].Should().BeSameAs(first.Fields["ClientName"]);
    }

    private static IEnumerable<(string Source, byte[] Json)> Objects()
    {
        var events = AuditFixtures.All;
        var lines = new[]
        {
            ("nested", WinlogbeatWriter.Write(events, dotted: false)),
            ("nested-userdata", WinlogbeatWriter.Write(events, dotted: false, XmlShape.UserData)),
            ("dotted", WinlogbeatWriter.Write(events, dotted: true)),
            ("elastic", WinlogbeatWriter.Write(events, dotted: false, elasticHit: true)),
        };
        foreach (var (source, text) in lines)
        {
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return (source, Encoding.UTF8.GetBytes(line));
            }
        }

        foreach (var powerShell7 in new[] { true, false })
        {
            using var document = JsonDocument.Parse(GetWinEventJsonWriter.Write(events, powerShell7));
            foreach (var element in document.RootElement.EnumerateArray())
            {
                yield return ($"get-winevent ps7={powerShell7}", Encoding.UTF8.GetBytes(element.GetRawText()));
            }
        }

        foreach (var edge in EdgeCases)
        {
            yield return ("edge", Encoding.UTF8.GetBytes(edge));
        }
    }

    /// <summary>One mapper, reused from object to object as a reader reuses it, and the problems it reports.</summary>
    private sealed class Side(EventReadOptions options, bool byScope, bool byLine)
    {
        private readonly ReadContext _context = new(options, new StringPool(), "f");
        private JsonEventMapper? _mapper;
        private long _record;

        private JsonEventMapper Mapper => _mapper ??= new JsonEventMapper(_context) { ByScope = byScope, ByLine = byLine };

        public long MappedByScope => Mapper.MappedByScope;

        public long MappedByLine => Mapper.MappedByLine;

        public string Map(byte[] json) => Outcome(() => (Mapper.Map(json, Next()), json.Length));

        /// <summary>The object followed by more of an array, one level below the reader's depth limit.</summary>
        public string MapFirst(byte[] json)
        {
            byte[] followed = [.. json, .. ",{\"Id\":1}]"u8];
            return Outcome(() => (Mapper.MapFirst(followed, Next(), 63, out var consumed), consumed));
        }

        private EventLocation Next() => new("f", ++_record, _record);

        private string Outcome(Func<(AuditEvent? Record, int Consumed)> map)
        {
            var before = _context.Problems.Count;
            string result;
            try
            {
                var (record, consumed) = map();
                result = record is null ? $"null after {consumed}" : $"{record} {record.Fields} after {consumed}";
            }
            catch (Exception error)
            {
                result = $"{error.GetType().Name}: {error.Message}";
            }

            var problems = _context.Problems.Skip(before).Select(p => $"{p.Kind} {p.Line} {(p.Arguments.Length == 0 ? p.Message : string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Message, p.Arguments))}");
            return string.Join("\n", [result, .. problems]);
        }
    }
}
