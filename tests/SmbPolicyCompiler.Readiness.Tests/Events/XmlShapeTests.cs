using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>
/// Events taken whole by a learnt shape must give what reading them tag by tag gives: the same records and the same
/// problems, line for line, however the events around them vary (entities, CDATA, comments, reordered attributes,
/// prefixes, white space, CR LF, cut-off events, bad values), mutated from a fixed seed.
/// </summary>
public sealed class XmlShapeTests
{
    private const int Seed = 20261208;

    private static readonly Func<string, Random, string>[] Mutations =
    [
        (e, _) => e.Replace("<Computer>", "<Computer> ", StringComparison.Ordinal),
        (e, _) => e.Replace("<Computer>", "<Computer>&#x20;", StringComparison.Ordinal),
        (e, _) => e.Replace(".contoso.com<", ".contoso&#46;com<", StringComparison.Ordinal),
        (e, _) => e.Replace("<EventID>", "<EventID><!-- note -->", StringComparison.Ordinal),
        (e, _) => e.Replace("<EventID>", "<EventID><![CDATA[", StringComparison.Ordinal).Replace("</EventID>", "]]></EventID>", StringComparison.Ordinal),
        (e, _) => e.Replace("<System>", "<System>\r\n  ", StringComparison.Ordinal),
        (e, _) => e.Replace("<System>", "<System>\n  ", StringComparison.Ordinal),
        (e, _) => e.Replace("<Data Name='", "<Data  Name = '", StringComparison.Ordinal),
        (e, _) => e.Replace("<Data Name='", "<Data Name='\n", StringComparison.Ordinal),
        (e, _) => e.Replace("<Data Name='", "<Data Name='&#x43;", StringComparison.Ordinal),
        (e, r) => e.Replace("</Data>", r.Next(2) == 0 ? "\r\n</Data>" : "&amp;</Data>", StringComparison.Ordinal),
        (e, _) => e.Replace("</Data>", "<b/></Data>", StringComparison.Ordinal),
        (e, _) => e.Replace("<Data Name='", "<Data x='1' Name='", StringComparison.Ordinal),
        (e, _) => e.Replace("<Data Name='", "<Data Name='a' Name='", StringComparison.Ordinal),
        (e, r) => e.Replace("<Data Name='ClientName'>", "<Data Name='ClientName'>" + new string('x', 300 + r.Next(50)), StringComparison.Ordinal),
        (e, _) => e.Replace("<Event xmlns=", "<e:Event xmlns:e='urn:x' xmlns=", StringComparison.Ordinal).Replace("</Event>", "</e:Event>", StringComparison.Ordinal),
        (e, _) => e.Replace("<Provider Name=", "<Provider Guid='{0}' Name=", StringComparison.Ordinal),
        (e, _) => e.Replace("Name='Microsoft-Windows-SMBServer'", "Name='Microsoft-Windows-SMBServer&#x20;'", StringComparison.Ordinal),
        (e, _) => e.Replace("SystemTime='2", "SystemTime=' 2", StringComparison.Ordinal),
        (e, _) => e.Replace("SystemTime='", "SystemTime='\t", StringComparison.Ordinal),
        (e, _) => e.Replace("SystemTime='", "SystemTime='&#50;", StringComparison.Ordinal),
        (e, _) => e.Replace("SystemTime='2025-10", "SystemTime='2025-13", StringComparison.Ordinal),
        (e, _) => e.Replace("Z'/>", "+02:00'/>", StringComparison.Ordinal),
        (e, _) => e.Replace("<TimeCreated SystemTime=", "<TimeCreated SystemTime='2025-01-01T00:00:00Z' SystemTime=", StringComparison.Ordinal),
        (e, _) => e.Replace("ThreadID='1234'", "ThreadID='1<2'", StringComparison.Ordinal),
        (e, _) => e.Replace("ThreadID='1234'", "ThreadID='1&amp;2'", StringComparison.Ordinal),
        (e, _) => e.Replace("<EventID>", "<EventID>x", StringComparison.Ordinal),
        (e, _) => e.Replace("<Level>4</Level>", "<Level>4</Leve>", StringComparison.Ordinal),
        (e, _) => e.Replace("</Computer>", "</Computer >", StringComparison.Ordinal),
        (e, _) => e.Replace("<Task>0</Task>", "<Task>0&lt;1</Task>", StringComparison.Ordinal),
        (e, _) => e.Replace("</System>", "</System><RenderingInfo Culture='en-US'><Message>a &lt; b</Message></RenderingInfo>", StringComparison.Ordinal),
        (e, _) => e.Replace("<EventRecordID>", "<EventRecordID>1", StringComparison.Ordinal),
        (e, _) => e.Replace("<Data Name='", "<Data Name=\"", StringComparison.Ordinal).Replace("'>", "\">", StringComparison.Ordinal),
        (e, r) => e[..r.Next(e.Length)],
    ];

    [Theory]
    [InlineData(XmlShape.EventData, '\'')]
    [InlineData(XmlShape.UserData, '\'')]
    [InlineData(XmlShape.EventData, '"')]
    public void Read_MutatedEventsAmongRepeatedOnes_ShapesGiveWhatTagByTagReadingGives(XmlShape shape, char quote)
    {
        var random = new Random(Seed + (int)shape + quote);
        var events = WevtutilXmlWriter.Write(AuditFixtures.All, shape, quote, newLine: "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = new System.Text.StringBuilder();
        for (var round = 0; round < 400; round++)
        {
            foreach (var e in events)
            {
                var mutated = e;
                for (var k = random.Next(3) == 0 ? random.Next(1, 4) : 0; k > 0; k--)
                {
                    mutated = Mutations[random.Next(Mutations.Length)](mutated, random);
                }

                text.Append(mutated).Append(random.Next(20) == 0 ? "\r\n" : "\n");
            }
        }

        var input = text.ToString();
        var (shaped, shapedProblems, matches) = Read(input, learnShapes: true);
        var (tagByTag, tagByTagProblems, _) = Read(input, learnShapes: false);

        matches.Should().BeGreaterThan(shaped.Count / 2, "most events repeat a learnt shape, so the comparison is not vacuous");
        tagByTagProblems.Count.Should().BeGreaterThan(100, "the mutations break many events");
        shaped.Should().Equal(tagByTag);
        shapedProblems.Should().Equal(tagByTagProblems);
    }

    [Fact]
    public void Read_EventCutOffAtTheEndAfterRepeatedOnes_IsReportedAsTagByTagReadingReportsIt()
    {
        var events = WevtutilXmlWriter.Write(AuditFixtures.All, XmlShape.EventData, newLine: "\n");
        var input = string.Concat(Enumerable.Repeat(events, 50)) + events[..(events.Length / 3)];

        var (shaped, shapedProblems, matches) = Read(input, learnShapes: true);
        var (tagByTag, tagByTagProblems, _) = Read(input, learnShapes: false);

        matches.Should().BePositive();
        shaped.Should().Equal(tagByTag);
        shapedProblems.Should().Equal(tagByTagProblems).And.NotBeEmpty();
    }

    private static (List<AuditEvent> Records, List<string> Problems, long Matches) Read(string input, bool learnShapes)
    {
        var context = new ReadContext(EventReadOptions.Default with { MaxFieldChars = 256 }, new StringPool(), "f.xml");
        using var reader = new FastXmlEventReader(new StringReader(input), context, learnShapes);
        var records = new List<AuditEvent>();
        while (reader.TryRead(out var record))
        {
            records.Add(record);
        }

        var problems = context.Problems.Select(p => p.Place("f.xml", default)).Select(p => $"{p.Kind} {p.Line} {p.Message}").ToList();
        return (records, problems, reader.ShapeMatches);
    }
}
