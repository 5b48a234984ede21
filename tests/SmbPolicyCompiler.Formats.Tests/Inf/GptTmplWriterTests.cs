using System.Text;
using SmbPolicyCompiler.Formats.Inf;

namespace SmbPolicyCompiler.Formats.Tests.Inf;

public class GptTmplWriterTests
{
    private const string Server = @"System\CurrentControlSet\Services\LanManServer\Parameters";

    [Fact]
    public void Write_SmbSecurityOptions_GivesGpmcLayout()
    {
        var file = GptTmplFile.Create(
        [
            GptTmplRegistryValue.Machine(Server, "RequireSecuritySignature", RegistryValue.Dword(1)),
            GptTmplRegistryValue.Machine(Server, "NullSessionPipes", RegistryValue.MultiString("netlogon", "samr", "lsarpc")),
            GptTmplRegistryValue.Machine(Server, "NullSessionShares", RegistryValue.MultiString()),
            GptTmplRegistryValue.Machine(@"Software\Microsoft\Windows NT\CurrentVersion\Winlogon", "ScRemoveOption", RegistryValue.String("1")),
        ]);

        var bytes = GptTmplWriter.Write(file);

        bytes.Take(2).Should().Equal(0xFF, 0xFE);
        Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2).Should().Be(
            "[Unicode]\r\nUnicode=yes\r\n" +
            "[Version]\r\nsignature=\"$CHICAGO$\"\r\nRevision=1\r\n" +
            "[Registry Values]\r\n" +
            @"MACHINE\Software\Microsoft\Windows NT\CurrentVersion\Winlogon\ScRemoveOption=1,""1""" + "\r\n" +
            @"MACHINE\System\CurrentControlSet\Services\LanManServer\Parameters\NullSessionPipes=7,netlogon,samr,lsarpc" + "\r\n" +
            @"MACHINE\System\CurrentControlSet\Services\LanManServer\Parameters\NullSessionShares=7," + "\r\n" +
            @"MACHINE\System\CurrentControlSet\Services\LanManServer\Parameters\RequireSecuritySignature=4,1" + "\r\n");
    }

    [Fact]
    public void WriteThenRead_RegistryValues_RoundTrip()
    {
        GptTmplRegistryValue[] values =
        [
            GptTmplRegistryValue.Machine(Server, "A", RegistryValue.Dword(uint.MaxValue)),
            GptTmplRegistryValue.Machine(Server, "B", RegistryValue.String("café 中文 😀 ; = ,")),
            GptTmplRegistryValue.Machine(Server, "C", RegistryValue.ExpandString("")),
            GptTmplRegistryValue.Machine(Server, "D", RegistryValue.MultiString("é", "b c", @"Software\Microsoft\Windows NT\CurrentVersion")),
        ];

        var read = GptTmplReader.Read(GptTmplWriter.Write(GptTmplFile.Create(values)));

        read.RegistryValues().Should().Equal(values);
    }

    [Fact]
    public void Create_SameValueTwiceIgnoringCase_IsAnError()
    {
        var act = () => GptTmplFile.Create(
        [
            GptTmplRegistryValue.Machine(Server, "RequireSecuritySignature", RegistryValue.Dword(1)),
            GptTmplRegistryValue.Machine(Server, "requiresecuritysignature", RegistryValue.Dword(0)),
        ]);

        act.Should().Throw<ArgumentException>().WithMessage("*twice*");
    }

    [Theory]
    [InlineData("a,b")]
    [InlineData("a;b")]
    [InlineData("a\"b")]
    [InlineData("%SystemRoot%")]
    [InlineData(" lead")]
    [InlineData("line\nbreak")]
    public void Create_MultiStringItemTheFormatCannotCarry_IsRejectedClearly(string item)
    {
        var act = () => GptTmplFile.Create([GptTmplRegistryValue.Machine(Server, "NullSessionShares", RegistryValue.MultiString("ok", item))]);

        act.Should().Throw<UnrepresentableValueException>().Where(e => e.Target == "INF list item" && e.Problem.Length > 20);
    }

    [Fact]
    public void Create_MultiStringItemWithComma_SaysToUseRegistryPol()
    {
        var act = () => GptTmplFile.Create([GptTmplRegistryValue.Machine(Server, "NullSessionShares", RegistryValue.MultiString("a,b"))]);

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*','*registry.pol*");
    }

    [Theory]
    [InlineData("say \"hi\"")]
    [InlineData("%TEMP%")]
    [InlineData("two\r\nlines")]
    public void Create_StringTheFormatCannotCarry_IsRejected(string text)
    {
        var act = () => GptTmplFile.Create([GptTmplRegistryValue.Machine(Server, "S", RegistryValue.String(text))]);

        act.Should().Throw<UnrepresentableValueException>().Where(e => e.Target == "INF quoted string");
    }

    [Fact]
    public void Create_BinaryOrQword_IsRejectedWithAdvice()
    {
        var act = () => GptTmplFile.Create([GptTmplRegistryValue.Machine(Server, "Q", RegistryValue.QWord(1))]);

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*REG_QWORD*registry.pol*");
    }

    [Theory]
    [InlineData(@"HKLM\System\X\Y")]
    [InlineData(@"MACHINE\System\X=Y\Z")]
    [InlineData(@"MACHINE\System\X;Y\Z")]
    [InlineData(@"MACHINE\")]
    public void Create_PathTheFormatCannotCarry_IsRejected(string path)
    {
        var act = () => GptTmplFile.Create([new GptTmplRegistryValue(path, RegistryValue.Dword(1))]);

        act.Should().Throw<UnrepresentableValueException>();
    }

    [Fact]
    public void Write_WithoutVersionSection_IsRejected()
    {
        var file = new GptTmplFile([new InfSection("Unicode", [new InfEntry("Unicode", "yes")])]);

        var act = () => GptTmplWriter.Write(file);

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*[Unicode] and [Version]*");
    }

    [Fact]
    public void Write_EntryValueWithNewline_IsRejected()
    {
        var file = GptTmplFile.Create([]) is var f
            ? f with { Sections = f.Sections.Add(new InfSection("System Access", [new InfEntry("NewGuestName", "\"a\nb\"")])) }
            : null!;

        var act = () => GptTmplWriter.Write(file);

        act.Should().Throw<UnrepresentableValueException>().WithMessage("*U+000A*");
    }

    [Fact]
    public void Write_OtherSections_UseGpmcSpacing()
    {
        var f = GptTmplFile.Create([]);
        var file = f with
        {
            Sections = f.Sections.Add(new InfSection("Privilege Rights", [new InfEntry("SeTcbPrivilege", ""), new InfEntry("SeDenyNetworkLogonRight", "*S-1-5-32-546")])),
        };

        var text = Encoding.Unicode.GetString(GptTmplWriter.Write(file)[2..]);

        text.Should().EndWith("[Privilege Rights]\r\nSeTcbPrivilege =\r\nSeDenyNetworkLogonRight = *S-1-5-32-546\r\n");
    }
}
