using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Formats.Inf;
using SmbPolicyCompiler.Formats.Pol;
using SmbPolicyCompiler.Formats.Tests.Support;
using SmbPolicyCompiler.TestSupport;
using SmbPolicyCompiler.TestSupport.Interop;

namespace SmbPolicyCompiler.Formats.Tests.Interop;

/// <summary>
/// What our writers emit, read back by Samba's own parsers (an independent implementation) through
/// tests/tools/samba-gpo-dump. Needs python3-samba (apt-get install -y python3-samba); fails without it.
/// </summary>
[Trait("Category", "Interop")]
public class SambaInteropTests
{
    private const string Server = @"Software\Policies\Microsoft\Windows\LanmanServer";
    private const string Workstation = @"Software\Policies\Microsoft\Windows\LanmanWorkstation";

    [Fact]
    public void RegistryPol_WrittenByUs_ReadsIdenticallyInSamba()
    {
        var records = PolOrdering.Canonical(
        [
            new PolRecord(Server, "AuditClientDoesNotSupportSigning", RegistryValue.Dword(1)),
            new PolRecord(Server, "MinSmb2Dialect", RegistryValue.Dword(785)),
            PolDirectives.DeleteValue(Server, "AuditInsecureGuestLogon"),
            new PolRecord(Workstation, "RequireEncryption", RegistryValue.Dword(0)),
            new PolRecord(Workstation, "CipherSuiteOrder", RegistryValue.MultiString("AES_256_GCM", "AES_128_GCM", "é 中文 😀")),
            PolDirectives.DeleteAllValues(Workstation + @"\BlockNTLMServerExceptionList"),
            new PolRecord(Workstation + @"\BlockNTLMServerExceptionList", "1", RegistryValue.String("fileserver.corp.example")),
            new PolRecord(@"Software\Policies\Contoso\Café 中文", "Motto", RegistryValue.String("café 中文 😀 it's \"quoted\" ; [x] | y")),
            new PolRecord(@"Software\Policies\Contoso\Café 中文", "Dll", RegistryValue.ExpandString(@"%SystemRoot%\System32\srvsvc.dll")),
            new PolRecord(@"Software\Policies\Contoso\Café 中文", "Empty", RegistryValue.String("")),
            new PolRecord(@"Software\Policies\Contoso\Café 中文", "Big", RegistryValue.QWord(1UL << 40)),
            new PolRecord(@"Software\Policies\Contoso\Café 中文", "Blob", RegistryValue.Binary([0xDE, 0xAD, 0x00])),
        ]);
        using var folder = new TempFolder();
        var path = folder.Write("registry.pol", PolWriter.Write(records));

        var lines = SambaGpoDump.Dump(path);

        lines[0].Should().EndWith($": {records.Length} entries");
        lines.Skip(1).Select(SambaGpoDump.DecodePolLine).Should().Equal(records.Select(Expected));
    }

    [Fact]
    public void GptTmpl_WrittenByUs_ReadsIdenticallyInSamba()
    {
        const string Parameters = @"System\CurrentControlSet\Services\LanManServer\Parameters";
        var file = GptTmplFile.Create(
        [
            GptTmplRegistryValue.Machine(Parameters, "RequireSecuritySignature", RegistryValue.Dword(1)),
            GptTmplRegistryValue.Machine(Parameters, "SmbServerNameHardeningLevel", RegistryValue.Dword(2)),
            GptTmplRegistryValue.Machine(Parameters, "NullSessionPipes", RegistryValue.MultiString("netlogon", "samr", "lsarpc")),
            GptTmplRegistryValue.Machine(Parameters, "NullSessionShares", RegistryValue.MultiString()),
            GptTmplRegistryValue.Machine(@"Software\Contoso\Café", "Motto", RegistryValue.String("café 中文 😀 ; it's = ok")),
            GptTmplRegistryValue.Machine(@"Software\Contoso\Café", "Path", RegistryValue.ExpandString(@"C:\Program Files\Contoso")),
            GptTmplRegistryValue.Machine(@"Software\Contoso\Café", "Names", RegistryValue.MultiString("é", "中文", "😀 x")),
        ]);
        using var folder = new TempFolder();
        var path = folder.Write("GptTmpl.inf", GptTmplWriter.Write(file));

        var lines = SambaGpoDump.Dump(path);

        lines[0].Should().StartWith("# ").And.EndWith(": sections Registry Values", "Samba's GptTmplInfParser found the registry values");
        var expected = file.RegistryValues().Select(v =>
        {
            var entry = v.ToEntry();
            return $"inf | {v.Path} | {v.Value.Type.ToRegName()} | {entry.Value[(entry.Value.IndexOf(',', StringComparison.Ordinal) + 1)..]}";
        });
        lines.Skip(1).Should().Equal(expected);
        lines.Should().Contain(@"inf | MACHINE\Software\Contoso\Café\Motto | REG_SZ | ""café 中文 😀 ; it's = ok""");
    }

    [Fact]
    public void CorpusRegistryPol_OurReaderAgreesWithSamba()
    {
        var compared = 0;
        foreach (var relative in Corpus.Files("registry.pol"))
        {
            var records = PolReader.ReadFile(Corpus.FullPath(relative));
            if (records.Any(r => r.Value.Type == RegistryValueType.None && r.Value.Data.IsEmpty))
            {
                // Samba's Python binding cannot convert empty REG_NONE data ("cannot convert 'NoneType' object to bytes").
                continue;
            }

            var lines = SambaGpoDump.Dump(Corpus.FullPath(relative));
            lines.Skip(1).Select(SambaGpoDump.DecodePolLine).Should().Equal(records.Select(Expected), relative);
            compared++;
        }

        compared.Should().BeGreaterThanOrEqualTo(8);
    }

    private static string Expected(PolRecord record) =>
        $"{record.Key} | {record.ValueName} | {record.Value.Type.ToRegName()} | {ExpectedData(record.Value)}";

    private static string ExpectedData(RegistryValue value) => value.Type switch
    {
        RegistryValueType.DWord => value.AsDword().ToString(CultureInfo.InvariantCulture),
        RegistryValueType.QWord => value.AsQWord().ToString(CultureInfo.InvariantCulture),
        RegistryValueType.String or RegistryValueType.ExpandString => "text:" + value.AsString(),
        RegistryValueType.MultiString => "text:" + Encoding.Unicode.GetString(value.Data.AsSpan()),
        _ => Convert.ToHexStringLower(value.Data.AsSpan()),
    };
}
