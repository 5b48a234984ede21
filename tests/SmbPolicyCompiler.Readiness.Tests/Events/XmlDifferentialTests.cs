using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>The fast scanner must read exactly what XmlReader (the reference) reads, record for record.</summary>
public sealed class XmlDifferentialTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var shape in new[] { XmlShape.EventData, XmlShape.UserData })
        {
            foreach (var (quote, root, rendered) in new[] { ('\'', false, false), ('"', true, false), ('\'', true, true) })
            {
                foreach (var encoding in new[] { "utf8", "utf16le" })
                {
                    data.Add($"{shape}-{quote}-{root}-{rendered}-{encoding}", Convert.ToBase64String(
                        Exports.Encode(WevtutilXmlWriter.Write(AuditFixtures.All, shape, quote, root, rendered), encoding)));
                }
            }
        }

        var corpus = RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Events", "Corpus", "EricZimmerman-evtx-maps");
        foreach (var file in Directory.EnumerateFiles(corpus, "*.xml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file), Convert.ToBase64String(File.ReadAllBytes(file)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Read_FastScannerAndXmlReader_GiveTheSameRecordsAndProblems(string name, string base64)
    {
        var content = Convert.FromBase64String(base64);

        var (fast, fastReport) = Reading.All(content, name: name);
        var (reference, referenceReport) = Reading.All(content, Reading.XmlReaderEngine, name);

        (fast.Count + fastReport.Problems.Count).Should().BePositive("the comparison must not be vacuous");
        fast.Should().Equal(reference);
        fastReport.Problems.Select(p => (p.Kind, p.Line)).Should().Equal(referenceReport.Problems.Select(p => (p.Kind, p.Line)));
    }
}
