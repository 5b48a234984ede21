using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Emit.Brownfield;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Pol;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests.Brownfield;

/// <summary>
/// <c>smbpol import gpo</c>: real GPMC backups (tests/corpus/gpo-backups, and the backups compile makes of policies/)
/// imported, validated, compiled, and the compiled GPOs read back through the same readers: every value comes back
/// with the same key, name, type and data.
/// </summary>
public sealed class GpoImportTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);
    private readonly TempFolder _work = new("smbpol-import");

    public void Dispose() => _work.Dispose();

    public static TheoryData<string> CorpusBackups()
    {
        var data = new TheoryData<string>();
        foreach (var backup in BackupFiles.FindBackups(RepoPaths.Tests("corpus", "gpo-backups")))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Tests("corpus", "gpo-backups"), backup));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusBackups))]
    public void Import_CorpusBackup_ValidatesCompilesAndCarriesEveryValueBack(string relative)
    {
        var backup = RepoPaths.Tests("corpus", "gpo-backups", relative);
        var problems = new List<Diagnostic>();
        var input = GpoBackupReader.Read(backup, problems)!;
        input.Should().NotBeNull(string.Join("\n", problems));

        var result = GpoImporter.Import([backup], _work.Combine("policy"), new GpoImportOptions(AsOf, Domain: "corp.example.com"));

        if (input.Values.Count == 0)
        {
            result.PolicyFile.Should().BeNull("a backup with no computer-side values gives nothing to import");
            result.Diagnostics.Should().Contain(d => d.Code == "SMB5007");
            return;
        }

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        var notCarried = result.Diagnostics.Where(d => d.Code == "SMB5005").ToList();
        var expected = Values(input.Values.Where(v => v.Action != AdditionalSettingAction.Set || StageMatcher.IsCarried(v.Value.Type))).ToList();
        Values(ReadBackFromYaml(_work.Combine("policy"))).Should().BeEquivalentTo(expected,
            "the policy YAML holds every value with its key, name, type and data ({0} not carried: {1})", notCarried.Count, string.Join("; ", notCarried));

        var generated = _work.Combine("compiled");
        var run = SmbpolCli.Run("compile", _work.Combine("policy"), "--out", generated, "--as-of", "2026-11-21");
        run.ExitCode.Should().Be(0, "every imported value compiles, multi-line text (AppLocker rule XML) included:\n{0}", run.Error);

        Values(BackupFiles.FindBackups(generated).SelectMany(b => GpoBackupReader.Read(b, [])!.Values)).Should().BeEquivalentTo(expected,
            "the compiled registry.pol and GptTmpl.inf carry every value back");
    }

    [Fact]
    public void Import_TheBackupsCompileMakesOfTheExample_GivesTheSameSmbValuesBack()
    {
        var generated = _work.Combine("generated");
        SmbpolCli.Run("compile", RepoPaths.Policies, "--out", generated, "--as-of", "2026-11-21").ExitCode.Should().Be(0);
        var checkedBackups = 0;
        foreach (var backup in BackupFiles.FindBackups(generated))
        {
            var problems = new List<Diagnostic>();
            var input = GpoBackupReader.Read(backup, problems)!;
            var output = _work.Combine("imported-" + Path.GetFileName(backup));
            var result = GpoImporter.Import([backup], output, new GpoImportOptions(AsOf));

            result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
            PolicyLoader.Load(output, AsOf).HasErrors.Should().BeFalse();
            if (result.Diagnostics.Any(d => d.Code == "SMB5004"))
            {
                input.Name.Should().Contain("Exception", "only exception GPOs (relaxed values) match no stage exactly: {0}", string.Join("\n", result.Diagnostics));
                continue;
            }

            Values(CompileAndReadBack(output).Where(IsSmb)).Should().BeEquivalentTo(Values(input.Values.Where(IsSmb)), input.Name);
            checkedBackups++;
        }

        checkedBackups.Should().BeGreaterThanOrEqualTo(5, "every ring side's GPO round-trips");
    }

    [Fact]
    public void Import_EnforcingGpo_ImpliesEnforceWithAReconstructedAuditDate()
    {
        var backup = Backup("Signing Enforced", new PolRecord(@"Software\Policies\Microsoft\Windows\LanmanServer", "AuditClientDoesNotSupportSigning", RegistryValue.Dword(1)),
            new PolRecord(@"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters", "RequireSecuritySignature", RegistryValue.Dword(1)));

        var result = GpoImporter.Import([backup], _work.Combine("out"), new GpoImportOptions(AsOf, Domain: "corp.example.com"));

        result.Diagnostics.Should().BeEmpty();
        var yaml = File.ReadAllText(result.PolicyFile!);
        yaml.Should().Contain("serverSigning: { audit: 2026-07-24, enforce: 2026-11-21 }   # from registry.pol");
        yaml.Should().Contain("The stage dates are reconstructed");
        PolicyLoader.Load(_work.Combine("out"), AsOf).HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Import_ValueMatchingNoStage_TakesTheNearestAndSaysWhatDiffers()
    {
        var backup = Backup("Signing Only", new PolRecord(@"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters", "RequireSecuritySignature", RegistryValue.Dword(1)));

        var result = GpoImporter.Import([backup], _work.Combine("out"), new GpoImportOptions(AsOf, Domain: "corp.example.com"));

        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Code.Should().Be("SMB5004");
        warning.Location.Path.Should().EndWith("registry.pol");
        warning.Message.Should().Contain("'enforce'").And.Contain("AuditClientDoesNotSupportSigning is not set");
        File.ReadAllText(result.PolicyFile!).Should().Contain("serverSigning: { audit: 2026-07-24, enforce: 2026-11-21 }   # nearest stage");
    }

    [Fact]
    public void Import_FolderThatIsNoBackup_SaysSoAndWritesNothing()
    {
        var empty = _work.Combine("empty");
        Directory.CreateDirectory(empty);

        var run = SmbpolCli.Run("import", "gpo", empty, "--out", _work.Combine("out"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"{empty}: error SMB5001: no GPMC backup here");
        Directory.Exists(_work.Combine("out")).Should().BeFalse();
    }

    [Fact]
    public void Import_DamagedRegistryPol_NamesTheFileAndWritesNothing()
    {
        var backup = Backup("Damaged", new PolRecord(@"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters", "RequireSecuritySignature", RegistryValue.Dword(1)));
        var pol = BackupFiles.Find(backup, BackupFiles.MachinePol)!;
        File.WriteAllBytes(pol, File.ReadAllBytes(pol)[..^7]);

        var run = SmbpolCli.Run("import", "gpo", backup, "--out", _work.Combine("out"), "--domain", "corp.example.com");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"{pol}: error SMB5002: cannot be read");
        Directory.Exists(_work.Combine("out")).Should().BeFalse();
    }

    [Fact]
    public void Import_UserSideOnlyBackup_WarnsAndHasNothingToImport()
    {
        var user = RepoPaths.Tests("corpus", "gpo-backups", "troennes-private-secure-windows", "GPOs", "BasicSecUser");

        var run = SmbpolCli.Run("import", "gpo", user, "--out", _work.Combine("out"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("warning SMB5003: GPO 'Basic - MSFT Windows 10 21H2 - User' has user-side settings only")
            .And.Contain("error SMB5007");
    }

    [Fact]
    public void Import_IntoAFolderWithTheUsersFiles_RefusesAndLeavesThemAlone()
    {
        var backup = Backup("Any", new PolRecord(@"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters", "SMB1", RegistryValue.Dword(0)));
        var mine = _work.Write("out/policy.yaml", "policy: { name: mine, domain: corp.example.com }\n");

        var run = SmbpolCli.Run("import", "gpo", backup, "--out", _work.Combine("out"), "--domain", "corp.example.com");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("error SMB5006");
        File.ReadAllText(mine).Should().Be("policy: { name: mine, domain: corp.example.com }\n");
    }

    [Fact]
    public void Import_HostileNamesAndData_AreEscapedIntoYamlThatReadsBackExactly()
    {
        const string Hostile = "a\"b\\c: d # e - f: {g} 'h' %PATH% $(x) \U0001F600 &amp; ]]>";
        var backup = Backup("Evil\n  injected: true", new PolRecord(@"Software\Contoso\" + "k: v", Hostile, RegistryValue.String(Hostile)),
            new PolRecord(@"Software\Contoso", "list", RegistryValue.MultiString("x\"y", "#z")));

        var result = GpoImporter.Import([backup], _work.Combine("out"), new GpoImportOptions(AsOf, Domain: "corp.example.com"));

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        Values(CompileAndReadBack(_work.Combine("out"))).Should().BeEquivalentTo(Values(GpoBackupReader.Read(backup, [])!.Values));
    }

    [Fact]
    public void Import_LineBreaksAndControlCharacters_ReadBackExactlyFromTheYaml()
    {
        const string Text = "line 1\r\nline 2\t\u0001\u0085\u2028 end\\";
        var backup = Backup("Text", new PolRecord(@"Software\Contoso", "text\nname", RegistryValue.ExpandString(Text)),
            new PolRecord(@"Software\Contoso", "bytes", RegistryValue.Binary([0, 1, 0xfe, 0xff])),
            new PolRecord(@"Software\Contoso", "big", RegistryValue.QWord(ulong.MaxValue / 2)));

        var result = GpoImporter.Import([backup], _work.Combine("out"), new GpoImportOptions(AsOf, Domain: "corp.example.com"));

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Diagnostics));
        Values(ReadBackFromYaml(_work.Combine("out"))).Should().BeEquivalentTo(Values(GpoBackupReader.Read(backup, [])!.Values));
    }

    private static bool IsSmb(ImportedValue value) =>
        value.Key.Contains("LanmanServer", StringComparison.OrdinalIgnoreCase) || value.Key.Contains("LanmanWorkstation", StringComparison.OrdinalIgnoreCase) ||
        value.Key.Contains(@"Services\mrxsmb10", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Values(IEnumerable<ImportedValue> values) =>
        values.Select(v => $@"{v.Key.ToUpperInvariant()}\{v.ValueName.ToUpperInvariant()} = {v.Action} {v.Value.Type} {Convert.ToHexString(v.Value.Data.AsSpan())}");

    /// <summary>The additional settings of the imported policy as the compiler reads them (YAML → model → registry value).</summary>
    private static List<ImportedValue> ReadBackFromYaml(string policy)
    {
        var compilation = PolicyLoader.Load(policy, AsOf);
        compilation.HasErrors.Should().BeFalse(string.Join("\n", compilation.Diagnostics));
        var problems = new List<Diagnostic>();
        var values = compilation.Model!.Rings.SelectMany(r => r.AdditionalSettings.Select((a, i) => Emit.Layout.Assignments.FromAdditional(a, i + 1, problems)))
            .Select(a => new ImportedValue(a!.Location.Key, a.Location.ValueName, a.Value, policy, a.Action)).ToList();
        problems.Should().BeEmpty();
        return values;
    }

    /// <summary>Compiles the imported policy and reads every value of every GPO it made, through the import's own reader.</summary>
    private List<ImportedValue> CompileAndReadBack(string policy)
    {
        var generated = _work.Combine("compiled-" + Guid.NewGuid().ToString("N"));
        var run = SmbpolCli.Run("compile", policy, "--out", generated, "--as-of", "2026-11-21");
        run.ExitCode.Should().Be(0, run.Error);
        return BackupFiles.FindBackups(generated).SelectMany(b => GpoBackupReader.Read(b, [])!.Values).ToList();
    }

    /// <summary>A minimal GPMC-shaped backup: bkupInfo.xml with the name and a Machine registry.pol.</summary>
    private string Backup(string name, params PolRecord[] records)
    {
        var folder = _work.Combine("backups", Guid.NewGuid().ToString("B").ToUpperInvariant());
        Directory.CreateDirectory(Path.Combine(folder, "DomainSysvol", "GPO", "Machine"));
        File.WriteAllText(Path.Combine(folder, "bkupInfo.xml"),
            $"<BackupInst xmlns=\"http://www.microsoft.com/GroupPolicy/GPOOperations\"><GPODisplayName><![CDATA[{name}]]></GPODisplayName></BackupInst>");
        File.WriteAllBytes(Path.Combine(folder, "DomainSysvol", "GPO", "Machine", "registry.pol"), PolWriter.Write(records));
        return folder;
    }
}
