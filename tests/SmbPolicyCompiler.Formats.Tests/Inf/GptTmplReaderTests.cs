using System.Text;
using SmbPolicyCompiler.Formats.Inf;

namespace SmbPolicyCompiler.Formats.Tests.Inf;

public class GptTmplReaderTests
{
    private static byte[] Utf16File(string text) => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

    [Fact]
    public void Read_MicrosoftBaselineStyleLines_DecodesTypes()
    {
        var file = GptTmplReader.Read(Utf16File(
            "[Unicode]\r\nUnicode=yes\r\n[Registry Values]\r\n" +
            @"MACHINE\System\CurrentControlSet\Services\LanManServer\Parameters\requiresecuritysignature=4,1" + "\r\n" +
            @"MACHINE\System\CurrentControlSet\Control\Lsa\MSV1_0\NTLMMinClientSec=4,537395200" + "\r\n" +
            @"MACHINE\System\CurrentControlSet\Control\Lsa\RestrictRemoteSAM=1,""O:BAG:BAD:(A;;RC;;;BA)""" + "\r\n" +
            @"MACHINE\System\CurrentControlSet\Control\SecurePipeServers\Winreg\AllowedPaths\Machine=7," + "\r\n" +
            @"MACHINE\Software\X\Items=7,a, b ,""c""" + "\r\n" +
            "[Version]\r\nsignature=\"$CHICAGO$\"\r\nRevision=1\r\n"));

        var values = file.RegistryValues();

        values.Select(v => v.Value).Should().Equal(
            RegistryValue.Dword(1),
            RegistryValue.Dword(537395200),
            RegistryValue.String("O:BAG:BAD:(A;;RC;;;BA)"),
            RegistryValue.MultiString(),
            RegistryValue.MultiString("a", "b", "c"));
        values[0].KeyPath.Should().Be(@"MACHINE\System\CurrentControlSet\Services\LanManServer\Parameters");
        values[0].ValueName.Should().Be("requiresecuritysignature");
    }

    [Fact]
    public void Read_Utf8AndLfLineEnds_AreAccepted()
    {
        var file = GptTmplReader.Read(Encoding.UTF8.GetBytes("[Unicode]\nUnicode=yes\n; comment\n\n[Registry Values]\nMACHINE\\S\\V=4,2\n"));

        file.RegistryValues().Should().ContainSingle().Which.Value.Should().Be(RegistryValue.Dword(2));
    }

    [Fact]
    public void Read_ValueNameContainingEquals_SplitsBeforeTheType()
    {
        var file = GptTmplReader.Read(Utf16File("[Registry Values]\r\nMACHINE\\S\\a=b=4,3\r\n"));

        file.RegistryValues().Single().Path.Should().Be(@"MACHINE\S\a=b");
    }

    [Fact]
    public void Read_BinaryRegistryValue_IsKeptButNotDecoded()
    {
        var file = GptTmplReader.Read(Utf16File("[Unicode]\r\nUnicode=yes\r\n[Version]\r\nsignature=\"$CHICAGO$\"\r\n[Registry Values]\r\nMACHINE\\S\\Blob=3,0102\r\n"));

        file.Section("Registry Values")!.Entries.Should().Equal(new InfEntry(@"MACHINE\S\Blob", "3,0102"));
        var act = () => file.RegistryValues();
        act.Should().Throw<NotSupportedException>().WithMessage("*REG_BINARY*");
        Encoding.Unicode.GetString(GptTmplWriter.Write(file)[2..]).Should().Contain("MACHINE\\S\\Blob=3,0102\r\n");
    }

    [Theory]
    [InlineData("MACHINE\\S\\V=4,one", 4, "not a decimal number")]
    [InlineData("MACHINE\\S\\V=x,1", 4, "NAME=TYPE,DATA")]
    [InlineData("MACHINE\\S\\V", 4, "NAME=TYPE,DATA")]
    [InlineData("MACHINE\\S\\V=1,\"open", 4, "no closing quote")]
    [InlineData("MACHINE\\S\\V=7,a,,b", 4, "empty")]
    public void Read_MalformedRegistryValue_ReportsLine(string line, int expectedLine, string expectedText)
    {
        var act = () => GptTmplReader.Read(Utf16File("[Unicode]\r\nUnicode=yes\r\n[Registry Values]\r\n" + line + "\r\n"), "Bad.inf");

        act.Should().Throw<GptTmplFormatException>()
            .Where(e => e.Line == expectedLine && e.Message.StartsWith($"Bad.inf: line {expectedLine}: ", StringComparison.Ordinal) && e.Message.Contains(expectedText, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EntryBeforeAnySection_ReportsLine()
    {
        var act = () => GptTmplReader.Read(Utf16File("\r\nUnicode=yes\r\n"));

        act.Should().Throw<GptTmplFormatException>().Where(e => e.Line == 2 && e.Message.Contains("before any [section]", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnclosedSectionHeader_ReportsLine()
    {
        var act = () => GptTmplReader.Read(Utf16File("[Unicode\r\n"));

        act.Should().Throw<GptTmplFormatException>().Where(e => e.Line == 1);
    }

    [Fact]
    public void Read_TruncatedUtf16_ReportsOddLength()
    {
        var act = () => GptTmplReader.Read([0xFF, 0xFE, 0x5B, 0x00, 0x55]);

        act.Should().Throw<GptTmplFormatException>().Where(e => e.Line == 0 && e.Message.Contains("odd number of bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateSections_AreMergedLikeInfReaders()
    {
        var file = GptTmplReader.Read(Utf16File("[Registry Values]\r\nMACHINE\\S\\A=4,1\r\n[Unicode]\r\nUnicode=yes\r\n[registry values]\r\nMACHINE\\S\\B=4,2\r\n"));

        file.Sections.Select(s => s.Name).Should().Equal("Registry Values", "Unicode");
        file.RegistryValues().Select(v => v.ValueName).Should().Equal("A", "B");
    }
}
