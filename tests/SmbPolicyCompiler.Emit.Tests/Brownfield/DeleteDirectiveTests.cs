using System.Text;
using SmbPolicyCompiler.Emit.Brownfield;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Pol;
using SmbPolicyCompiler.TestSupport;
using SmbPolicyCompiler.TestSupport.Interop;

namespace SmbPolicyCompiler.Emit.Tests.Brownfield;

/// <summary>
/// registry.pol's delete directives (<c>**del.</c>, <c>**delvals.</c>) and REG_NONE values: imported as additional settings
/// (action: delete / deleteValues, type: none), compiled back into registry.pol with the same records, read by Samba's
/// parser (tests/tools/samba-gpo-dump; needs python3-samba); the .reg, PowerShell and DSC back ends delete too or say
/// they cannot. The records are those GPMC writes for "Disabled" and list policies (see gpo-formats.md §1.3).
/// </summary>
[Trait("Category", "Interop")]
public sealed class DeleteDirectiveTests : IDisposable
{
    private const string Assistance = @"Software\Policies\Microsoft\Windows NT\Terminal Services";
    private const string UrlList = @"Software\Policies\Google\Chrome\URLBlacklist";
    private readonly TempFolder _work = new("smbpol-directives");

    public void Dispose() => _work.Dispose();

    private static PolRecord[] Records =>
    [
        new(Assistance, "fAllowToGetHelp", RegistryValue.Dword(0)),
        PolDirectives.DeleteValue(Assistance, "fAllowFullControl"),
        PolDirectives.DeleteValue(Assistance, "MaxTicketExpiry"),
        PolDirectives.DeleteAllValues(UrlList),
        new(UrlList, "1", RegistryValue.String("javascript://*")),
        new(@"Software\Policies\Contoso", "Marker", RegistryValue.FromRaw(RegistryValueType.None, [1, 2, 0xff])),
        new(@"Software\Policies\Contoso", "EmptyMarker", RegistryValue.FromRaw(RegistryValueType.None, [])),
    ];

    [Fact]
    public void Import_DeletesAndRegNone_BecomeAdditionalSettingsWithActionsAndTypeNone()
    {
        var result = GpoImporter.Import([Backup(Records)], _work.Combine("policy"), new GpoImportOptions(new DateOnly(2026, 11, 21), Domain: "corp.example.com"));

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        result.Diagnostics.Should().NotContain(d => d.Code == "SMB5005", "every record is carried");
        var yaml = File.ReadAllText(result.PolicyFile!);
        yaml.Should().Contain("value: \"fAllowFullControl\"\n        action: delete\n")
            .And.Contain("key: \"HKLM\\\\Software\\\\Policies\\\\Google\\\\Chrome\\\\URLBlacklist\"\n        action: deleteValues\n")
            .And.Contain("value: \"Marker\"\n        type: none\n        data: \"01 02 ff\"\n");
    }

    [Fact]
    public void ImportThenCompile_GivesTheSameRegistryPolRecords_AsSambaReadsThem()
    {
        var input = Backup(Records);
        var compiled = ImportAndCompile(input);

        var output = BackupFiles.FindBackups(compiled).Select(b => BackupFiles.Find(b, BackupFiles.MachinePol)).OfType<string>().Should().ContainSingle().Subject;
        var expected = SambaRecords(BackupFiles.Find(input, BackupFiles.MachinePol)!);
        var actual = SambaRecords(output);

        actual.Order(StringComparer.Ordinal).Should().Equal(expected.Order(StringComparer.Ordinal));
        actual.Should().Contain(l => l.Contains("| **del.fAllowFullControl | REG_SZ |", StringComparison.Ordinal));
        actual.FindIndex(l => l.Contains("| **delvals. |", StringComparison.Ordinal)).Should()
            .BeLessThan(actual.FindIndex(l => l.StartsWith(UrlList + " | 1 |", StringComparison.Ordinal)), "**delvals. must precede the key's new values");
    }

    [Fact]
    public void Compile_Deletes_RegFilesDeleteTheValueAndSayWhatTheyCannot()
    {
        var ring = RingFolder(ImportAndCompile(Backup(Records)));

        var apply = Encoding.Unicode.GetString(File.ReadAllBytes(Path.Combine(ring, "registry", "apply-servers.reg")));
        apply.Should().Contain("\"fAllowFullControl\"=-").And.Contain("\"MaxTicketExpiry\"=-")
            .And.Contain("Not carried: HKLM\\" + UrlList + ": delete every value of the key")
            .And.Contain("\"Marker\"=hex(0):01,02,ff");
        Encoding.Unicode.GetString(File.ReadAllBytes(Path.Combine(ring, "registry", "rollback-servers.reg")))
            .Should().Contain("Not restored: HKLM\\" + Assistance + "\\fAllowFullControl");
    }

    [Fact]
    public void Compile_Deletes_PowerShellDeletesAndDscEnsuresAbsent()
    {
        var ring = RingFolder(ImportAndCompile(Backup(Records)));

        var apply = File.ReadAllText(Path.Combine(ring, "powershell", "Apply-Servers.ps1")).ReplaceLineEndings("\n");
        apply.Should().Contain("Name = 'fAllowFullControl'\n        Action = 'Delete'")
            .And.Contain("$NotCarried = @('HKLM\\" + UrlList + ": delete every value of the key")
            .And.Contain("Type = 'None'\n        Value = [byte[]]@(1, 2, 255)");
        var dsc = File.ReadAllText(Path.Combine(ring, "dsc", "SmbHardening-Servers.ps1")).ReplaceLineEndings("\n");
        dsc.Should().Contain("ValueName = 'MaxTicketExpiry'\n                Ensure = 'Absent'")
            .And.Contain("Not carried: HKLM\\" + UrlList + "\\: delete every value of the key")
            .And.Contain("Not carried: HKLM\\Software\\Policies\\Contoso\\Marker");
    }

    private string ImportAndCompile(string backup)
    {
        var policy = _work.Combine("policy-" + Guid.NewGuid().ToString("N"));
        var result = GpoImporter.Import([backup], policy, new GpoImportOptions(new DateOnly(2026, 11, 21), Domain: "corp.example.com"));
        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        var generated = _work.Combine("compiled-" + Guid.NewGuid().ToString("N"));
        var run = SmbpolCli.Run("compile", policy, "--out", generated, "--as-of", "2026-11-21");
        run.ExitCode.Should().Be(0, run.Error);
        return generated;
    }

    private static string RingFolder(string generated) =>
        Directory.GetDirectories(generated).Should().ContainSingle(d => Directory.Exists(Path.Combine(d, "registry"))).Subject;

    /// <summary>Samba's reading of a registry.pol: one "KEY | NAME | TYPE | DATA" line per record, in file order.</summary>
    private static List<string> SambaRecords(string pol)
    {
        var lines = SambaGpoDump.Dump(pol);
        lines[0].Should().StartWith("# ");
        return [.. lines.Skip(1)];
    }

    /// <summary>A minimal GPMC-shaped backup: bkupInfo.xml with the name and a Machine registry.pol.</summary>
    private string Backup(PolRecord[] records)
    {
        var folder = _work.Combine("backups", Guid.NewGuid().ToString("B").ToUpperInvariant());
        Directory.CreateDirectory(Path.Combine(folder, "DomainSysvol", "GPO", "Machine"));
        File.WriteAllText(Path.Combine(folder, "bkupInfo.xml"),
            "<BackupInst xmlns=\"http://www.microsoft.com/GroupPolicy/GPOOperations\"><GPODisplayName><![CDATA[Legacy Remote Assistance]]></GPODisplayName></BackupInst>");
        File.WriteAllBytes(Path.Combine(folder, "DomainSysvol", "GPO", "Machine", "registry.pol"), PolWriter.Write(records));
        return folder;
    }
}
