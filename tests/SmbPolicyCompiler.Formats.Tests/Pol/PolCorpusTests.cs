using SmbPolicyCompiler.Formats.Pol;
using SmbPolicyCompiler.Formats.Tests.Support;

namespace SmbPolicyCompiler.Formats.Tests.Pol;

public class PolCorpusTests
{
    public static TheoryData<string> RegistryPolFiles => Corpus.TheoryData("registry.pol");

    [Theory]
    [MemberData(nameof(RegistryPolFiles))]
    public void ReadThenWrite_CorpusFile_GivesIdenticalBytes(string relativePath)
    {
        var original = File.ReadAllBytes(Corpus.FullPath(relativePath));

        var records = PolReader.Read(original, relativePath);
        var written = PolWriter.Write(records);

        written.Should().Equal(original, because: $"{relativePath} must survive a read/write round trip byte for byte");
    }

    [Fact]
    public void Corpus_ContainsTheKindsOfRecordTheReaderMustHandle()
    {
        var records = Corpus.Files("registry.pol").SelectMany(f => PolReader.ReadFile(Corpus.FullPath(f))).ToList();

        Corpus.Files("registry.pol").Should().HaveCountGreaterThanOrEqualTo(10);
        records.Should().Contain(r => r.ValueName.Equals("**delvals.", StringComparison.Ordinal) && r.Value == PolDirectives.DirectiveData);
        records.Should().Contain(r => r.Value.Type == RegistryValueType.ExpandString);
        records.Should().Contain(r => r.Value.Type == RegistryValueType.Binary && r.Value.Data.Length > 1000);
        records.Should().Contain(r => r.Value.Type == RegistryValueType.None && r.ValueName.Length == 0 && r.Value.Data.IsEmpty);
        records.Should().Contain(r => r.ValueName.StartsWith(@"\\", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ActivClientSample_DecodesKnownRecords()
    {
        var path = Corpus.Files("registry.pol").Single(p => p.Contains("ActivClient", StringComparison.Ordinal));

        var records = PolReader.ReadFile(Corpus.FullPath(path));

        records.Should().HaveCount(4);
        records[0].Key.Should().Be(@"SOFTWARE\Policies\HID Global\ActivClient\Notifications\CardValidity");
        records[0].ValueName.Should().Be("EnableCardValidityCheck");
        records[0].Value.AsDword().Should().Be(1);
        records[3].ValueName.Should().Be("DefaultCredentialProvider");
        records[3].Value.AsString().Should().Be("{8FD7E19C-3BF7-489B-A72C-846AB3678C96}");
        records[3].Value.Data.Length.Should().Be(78, "38 characters plus the NUL, two bytes each");
    }
}
