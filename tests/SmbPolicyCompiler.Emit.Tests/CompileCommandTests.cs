using SmbPolicyCompiler.Emit.Output;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>smbpol compile, run in process: writes, --check, exit codes, and nothing written on errors.</summary>
public sealed class CompileCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("smbpol-compile");

    public CompileCommandTests() => FolderSnapshot.CopyTree(EmitFixture.Case("small"), Policies);

    private string Policies => _temp.Combine("policies");

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Compile_SmallPolicy_WritesEveryFileAndPrintsASummary()
    {
        var (exit, output, _) = Compile();

        exit.Should().Be(0);
        output.Should().Contain("2 ring(s)").And.Contain("7 GPO(s) to import (2 for exceptions)").And.Contain("pilot:").And.Contain("main:");
        var files = PolicyEmitter.Emit(EmitFixture.Resolve(Policies)).Files;
        var expected = files.ToDictionary(f => f.RelativePath, f => Convert.ToHexString(f.Content));
        expected[OutputManifest.FileName] = Convert.ToHexString(OutputManifest.Write(files.ToDictionary(f => f.RelativePath, f => OutputManifest.Hash(f.Content))));
        FolderSnapshot.Take(Out).Should().BeEquivalentTo(expected);
        FolderSnapshot.Leftovers(_temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Check_RightAfterCompile_ExitsZero()
    {
        Compile().ExitCode.Should().Be(0);

        var (exit, output, _) = Compile("--check");

        exit.Should().Be(0);
        output.Should().Contain("up to date");
    }

    [Fact]
    public void Check_ListsDifferingMissingAndExtraFiles_AndWritesNothing()
    {
        Compile().ExitCode.Should().Be(0);
        File.AppendAllText(Path.Combine(Out, "README.md"), "edited\n");
        File.Delete(Path.Combine(Out, "main", "registry", "apply-servers.reg"));
        File.WriteAllText(Path.Combine(Out, "pilot", "notes.txt"), "mine");
        var before = FolderSnapshot.Take(Out);

        var (exit, output, error) = Compile("--check");

        exit.Should().Be(1);
        output.Should().Contain("differs: README.md").And.Contain("missing: main/registry/apply-servers.reg").And.Contain("extra: pilot/notes.txt");
        error.Should().Contain("3 file(s) differ").And.Contain($"smbpol compile {Policies} --out {Out} --as-of 2026-11-21");
        FolderSnapshot.Take(Out).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Check_WithoutOutputFolder_ReportsEveryFileMissing()
    {
        var (exit, output, _) = Compile("--check");

        exit.Should().Be(1);
        output.Should().Contain("missing: README.md");
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void Compile_PolicyWithErrors_PrintsDiagnosticsExitsOneAndLeavesTheOutputAlone()
    {
        Compile().ExitCode.Should().Be(0);
        var before = FolderSnapshot.Take(Out);
        File.AppendAllText(Path.Combine(Policies, "rings.yaml"), "  - name: broken\n    groups: [no-such-group]\n");

        var (exit, _, error) = Compile();

        exit.Should().Be(1);
        error.Should().Contain("error SMB1001").And.Contain("nothing was written");
        FolderSnapshot.Take(Out).Should().BeEquivalentTo(before);
    }

    [Fact]
    public void Compile_UnrepresentableValue_ExitsOneWithTheYamlPlaceAndWritesNothing()
    {
        var groups = File.ReadAllText(Path.Combine(Policies, "groups.yaml"));
        File.WriteAllText(Path.Combine(Policies, "groups.yaml"), groups.Replace("linkTo: \"OU=Servers", "linkTo: \"OU=Ser\\nvers", StringComparison.Ordinal));

        var (exit, _, error) = Compile();

        exit.Should().Be(1);
        error.Should().Contain("groups.yaml(6,").And.Contain("error SMB4001").And.Contain("linkTo of group 'app-servers'").And.Contain("nothing was written");
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void Compile_NewlineInARingName_IsRejectedByTheSchemaAndWritesNothing()
    {
        var rings = File.ReadAllText(Path.Combine(Policies, "rings.yaml"));
        File.WriteAllText(Path.Combine(Policies, "rings.yaml"), rings.Replace("- name: pilot", "- name: \"pi\\nlot\"", StringComparison.Ordinal));

        var (exit, _, error) = Compile();

        exit.Should().Be(1);
        error.Should().Contain("rings.yaml(2,").And.Contain("error SMB00").And.Contain("nothing was written");
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void Compile_MissingPolicyFolder_ExitsTwo()
    {
        var (exit, _, error) = SmbpolCli.Run("compile", _temp.Combine("nowhere"), "--out", Out);

        exit.Should().Be(2);
        error.Should().Contain("SMB0002");
        Directory.Exists(Out).Should().BeFalse();
    }

    [Theory]
    [InlineData("--timestamp", "2026-11-21")]
    [InlineData("--as-of", "21/11/2026")]
    [InlineData("--unknown", "x")]
    public void Compile_BadUsage_ExitsTwo(string option, string value)
    {
        var (exit, _, error) = Compile(option, value);

        exit.Should().Be(2);
        error.Should().NotBeEmpty();
        Directory.Exists(Out).Should().BeFalse();
    }

    [Fact]
    public void Compile_Timestamp_IsTheBackupTime()
    {
        Compile("--timestamp", "2027-01-02T03:04:05").ExitCode.Should().Be(0);

        File.ReadAllText(Path.Combine(Out, "main", "gpo", "manifest.xml")).Should().Contain("<BackupTime><![CDATA[2027-01-02T03:04:05]]></BackupTime>");
    }

    [Fact]
    public void Compile_AfterARingIsRemoved_ItsFolderDisappears()
    {
        Compile().ExitCode.Should().Be(0);
        Directory.Exists(Path.Combine(Out, "main")).Should().BeTrue();
        var rings = File.ReadAllText(Path.Combine(Policies, "rings.yaml"));
        File.WriteAllText(Path.Combine(Policies, "rings.yaml"), rings[..rings.IndexOf("  - name: main", StringComparison.Ordinal)]);

        Compile().ExitCode.Should().Be(0);

        Directory.Exists(Path.Combine(Out, "main")).Should().BeFalse();
        File.Exists(Path.Combine(Out, "pilot", "Import-pilot.ps1")).Should().BeTrue();
        FolderSnapshot.Leftovers(_temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Compile_IntoAFolderSmbpolDidNotWrite_ExitsTwoAndTouchesNothing()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "keep.txt"), "precious");

        var (exit, _, error) = Compile();

        exit.Should().Be(2);
        error.Should().Contain("1 file(s) that compile did not write").And.Contain("'keep.txt'");
        FolderSnapshot.Take(Out).Keys.Should().Equal("keep.txt");
    }

    [Fact]
    public void Compile_IntoTheFolderHoldingThePolicy_ExitsTwo()
    {
        var (exit, _, error) = SmbpolCli.Run("compile", Policies, "--out", _temp.Path, "--as-of", "2026-11-21");

        exit.Should().Be(2);
        error.Should().Contain("holds the policy");
        File.Exists(Path.Combine(Policies, "rings.yaml")).Should().BeTrue();
    }

    private (int ExitCode, string Out, string Error) Compile(params string[] extra) =>
        SmbpolCli.Run(["compile", Policies, "--out", Out, "--as-of", "2026-11-21", .. extra]);
}
