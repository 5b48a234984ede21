using SmbPolicyCompiler.Formats.Inf;
using SmbPolicyCompiler.Formats.Tests.Support;

namespace SmbPolicyCompiler.Formats.Tests.Inf;

/// <summary>
/// Every GptTmpl.inf GPMC wrote in the corpus reads, and writes back byte for byte: the writer follows GPMC's
/// spelling (tight "=" in [Unicode], [Version], [Registry Values]; " = " elsewhere).
/// </summary>
public class GptTmplCorpusTests
{
    public static TheoryData<string> GptTmplFiles => Corpus.TheoryData("GptTmpl.inf");

    [Theory]
    [MemberData(nameof(GptTmplFiles))]
    public void ReadThenWrite_CorpusFile_GivesIdenticalBytes(string relativePath)
    {
        var original = File.ReadAllBytes(Corpus.FullPath(relativePath));

        var file = GptTmplReader.Read(original, relativePath);

        file.Section("Unicode")!.Find("Unicode").Should().Be("yes");
        file.Section("Version")!.Find("signature").Should().Be("\"$CHICAGO$\"");
        GptTmplWriter.Write(file).Should().Equal(original);
    }

    [Fact]
    public void Read_DomainPolicySample_KeepsOtherSectionsAndEmptyRegistryValues()
    {
        var path = Corpus.Files("GptTmpl.inf").Single(p => p.Contains("BasicSecDomain", StringComparison.Ordinal));

        var file = GptTmplReader.ReadFile(Corpus.FullPath(path));

        file.Sections.Select(s => s.Name).Should().Equal("Unicode", "System Access", "Version", "Registry Values");
        file.Section("System Access")!.Find("MinimumPasswordLength").Should().Be("12");
        file.Section("Registry Values")!.Entries.Should().BeEmpty();
        file.RegistryValues().Should().BeEmpty();
    }

    [Fact]
    public void Read_GroupMembershipAndServiceSamples_KeepEntriesWithoutValuesOrKeys()
    {
        var files = Corpus.Files("GptTmpl.inf").Select(p => GptTmplReader.ReadFile(Corpus.FullPath(p))).ToList();

        files.Select(f => f.Section("Group Membership")).OfType<InfSection>().Single().Entries
            .Should().Contain(new InfEntry("*S-1-5-32-555__Memberof", ""));
        files.Select(f => f.Section("Service General Setting")).OfType<InfSection>().Single().Entries
            .Should().Equal(new InfEntry(null, "\"AppIDSvc\",2,\"\""));
    }
}
