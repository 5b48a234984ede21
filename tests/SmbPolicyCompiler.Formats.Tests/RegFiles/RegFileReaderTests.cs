using System.Text;
using SmbPolicyCompiler.Formats.RegFiles;

namespace SmbPolicyCompiler.Formats.Tests.RegFiles;

public class RegFileReaderTests
{
    [Fact]
    public void Read_LanmanServerParametersExport_DecodesEveryValue()
    {
        var file = RegFileReader.ReadFile(RegFixtures.PathOf("lanmanserver-parameters.reg"));

        var key = file.Keys.Should().ContainSingle().Subject;
        key.Path.Should().Be(RegFixtures.ServerParameters);
        key.Values.Should().HaveCount(17);
        key.FindValue("RequireSecuritySignature")!.Value!.AsDword().Should().Be(1, "names match ignoring case");
        key.FindValue("AutoDisconnect")!.Value!.AsDword().Should().Be(15);
        key.FindValue("SMB1")!.Value!.AsDword().Should().Be(0);
        key.FindValue("NullSessionPipes")!.Value!.AsMultiString().Should().Equal("netlogon", "samr", "lsarpc");
        key.FindValue("NullSessionShares")!.Value.Should().Be(RegistryValue.MultiString());
        key.FindValue("ServiceDll")!.Value.Should().Be(RegistryValue.ExpandString(@"%SystemRoot%\system32\srvsvc.dll"));
        key.FindValue("srvcomment")!.Value.Should().Be(RegistryValue.String(@"Domain controller ""DC01"" \\ file & print"));
        key.FindValue("Guid")!.Value!.Data.Should().HaveCount(16);
        key.FindValue("Guid")!.Value!.Type.Should().Be(RegistryValueType.Binary);
    }

    [Fact]
    public void Read_WholeServiceExport_KeepsEveryKeyInOrder()
    {
        var file = RegFileReader.ReadFile(RegFixtures.PathOf("lanmanserver.reg"));

        file.Keys.Select(k => k.Path[@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\".Length..]).Should().Equal(
            "LanmanServer", @"LanmanServer\Aliases", @"LanmanServer\DefaultSecurity", @"LanmanServer\Linkage",
            @"LanmanServer\Parameters", @"LanmanServer\Shares", @"LanmanServer\Shares\Security", @"LanmanServer\TriggerInfo",
            @"LanmanServer\TriggerInfo\0", @"LanmanServer\Parameters\Empty");
        var service = file.FindKey(@"hkey_local_machine\system\currentcontrolset\services\lanmanserver")!;
        service.FindValue("RequiredPrivileges")!.Value!.AsMultiString().Should().Equal(
            "SeChangeNotifyPrivilege", "SeImpersonatePrivilege", "SeAuditPrivilege", "SeLoadDriverPrivilege");
        service.FindValue("ImagePath")!.Value!.AsString().Should().Be(@"%SystemRoot%\system32\svchost.exe -k smbsvcs");
        file.FindKey(@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanmanServer\Aliases")!.Values.Should().BeEmpty();
        file.Keys[^1].FindValue("")!.Value.Should().Be(RegistryValue.String(""));
        file.FindKey(@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\LanmanServer\Shares")!.FindValue("SYSVOL")!.Value!
            .AsMultiString().Should().Contain(@"Path=C:\Windows\SYSVOL\sysvol");
    }

    [Fact]
    public void Read_Regedit4AnsiExport_ConvertsAnsiPayloadsToUtf16()
    {
        var file = RegFileReader.ReadFile(RegFixtures.PathOf("lanmanworkstation-parameters.regedit4.reg"));

        var key = file.Keys.Single();
        key.FindValue("ServiceDll")!.Value.Should().Be(RegistryValue.ExpandString(@"%SystemRoot%\System32\wkssvc.dll"));
        key.FindValue("OtherDomains")!.Value.Should().Be(RegistryValue.MultiString("CORP", "Forêt"));
        key.FindValue("Comment")!.Value.Should().Be(RegistryValue.String("Poste de travail - café"));
        key.FindValue("Big")!.Value.Should().Be(RegistryValue.QWord((1UL << 40) + 5));
        key.FindValue("Unknown")!.Value.Should().Be(RegistryValue.None());
    }

    [Fact]
    public void Read_Utf8Export_GivesTheSameValuesAsTheAnsiOne()
    {
        var utf8 = RegFileReader.ReadFile(RegFixtures.PathOf("lanmanworkstation-parameters.utf8.reg"));
        var ansi = RegFileReader.ReadFile(RegFixtures.PathOf("lanmanworkstation-parameters.regedit4.reg"));

        utf8.Keys.Single().Values.Should().Equal(ansi.Keys.Single().Values);
    }

    [Fact]
    public void Read_DeletionsAndOddSpacing_AreUnderstood()
    {
        var file = Read(
            "Windows Registry Editor Version 5.00\r\n\r\n; comment\r\n[-HKEY_CURRENT_USER\\Software\\Old]\r\n\r\n" +
            "[HKEY_CURRENT_USER\\Software\\New]\r\n  \"Gone\" = -\r\n\"Hex\"=HEX(2):41,00, \\\r\n   42,00,\\\r\n 00,00\r\n\"D\"=dword:A\r\n");

        file.Keys[0].Should().Match<RegFileKey>(k => k.IsDeletion && k.Path == @"HKEY_CURRENT_USER\Software\Old");
        file.Keys[1].Values.Should().Equal(
            RegFileValue.Delete("Gone"),
            RegFileValue.Set("Hex", RegistryValue.ExpandString("AB")),
            RegFileValue.Set("D", RegistryValue.Dword(10)));
    }

    [Theory]
    [InlineData("REGEDIT5\r\n", 1, "expected the header")]
    [InlineData("", 1, "expected the header")]
    [InlineData("Windows Registry Editor Version 5.00\r\n\"A\"=dword:1\r\n", 2, "before any [key]")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S\r\n", 2, "does not end with ']'")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKLM\\S]\r\n", 2, "abbreviations such as HKLM")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[-HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=dword:1\r\n", 3, "follows the deletion")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=dword:123456789\r\n", 3, "1 to 8 hexadecimal digits")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=dword:xyz\r\n", 3, "1 to 8 hexadecimal digits")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=hex:00,\\\r\n  01,zz\r\n", 4, "'zz' is not a hex byte")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=hex:00,\\\r\n", 3, "past the end of the file")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=hex(2:00\r\n", 3, "hexadecimal type")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=\"x\\q\"\r\n", 3, "unknown escape")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=\"open\r\n", 3, "no closing quote")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=\"x\" y\r\n", 3, "after the closing quote")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\" dword:1\r\n", 3, "expected '=' after the value name")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\n\"A\"=qword:1\r\n", 3, "expected \"string\", dword:")]
    [InlineData("Windows Registry Editor Version 5.00\r\n[HKEY_LOCAL_MACHINE\\S]\r\nA=dword:1\r\n", 3, "expected [key]")]
    public void Read_MalformedFile_ReportsLineAndProblem(string text, int line, string expected)
    {
        var act = () => Read(text);

        act.Should().Throw<RegFileFormatException>()
            .Where(e => e.Line == line && e.Message.StartsWith($"test.reg: line {line}: ", StringComparison.Ordinal) && e.Problem.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EveryTruncationOfAFixture_ThrowsOnlyFormatErrors()
    {
        var text = Encoding.Unicode.GetString(RegFixtures.Bytes("lanmanserver-parameters.reg")[2..]);
        for (var length = 0; length < text.Length; length += 7)
        {
            try
            {
                RegFileReader.Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text[..length])]);
            }
            catch (RegFileFormatException)
            {
                // Most cuts are malformed; any other exception type fails the test.
            }
        }
    }

    private static RegFile Read(string text) => RegFileReader.Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], "test.reg");
}
