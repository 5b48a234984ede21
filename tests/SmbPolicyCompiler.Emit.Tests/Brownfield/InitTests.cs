using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests.Brownfield;

/// <summary><c>smbpol init</c>: a repository scaffolded from an inventory validates clean at once and compiles.</summary>
public sealed class InitTests : IDisposable
{
    private readonly TempFolder _work = new("smbpol-init");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Init_FromTheExampleInventory_ValidatesWithNoDiagnosticAndCompiles()
    {
        var folder = _work.Combine("repo");

        var run = SmbpolCli.Run("init", folder, "--inventory", Path.Combine(RepoPaths.Policies, "inventory", "computers.csv"), "--domain", "corp.contoso.com", "--as-of", "2026-11-21");

        run.ExitCode.Should().Be(0, run.Error);
        var compilation = PolicyLoader.Load(folder, new DateOnly(2026, 11, 21));
        compilation.Diagnostics.Should().BeEmpty("init's repository validates clean");
        compilation.Model!.Rings.Select(r => r.Name.Value).Should().Equal("pilot", "broad");
        compilation.Model.Groups.Should().Contain(g => g.Name.Value == "file-servers-paris-servers" && g.Members.OrganizationalUnits.Count == 1);
        File.ReadAllText(Path.Combine(folder, ".github", "workflows", "smbpol.yml")).Should().Contain("smbpol validate . --warnings-as-errors");
        File.ReadAllText(Path.Combine(folder, "README.md")).Should().Contain("Export-Csv inventory/computers.csv");
        SmbpolCli.Run("compile", folder, "--out", _work.Combine("generated"), "--as-of", "2026-11-21").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Init_DomainFromTheInventory_AndAFolderThatHoldsFiles_IsRefused()
    {
        var folder = _work.Combine("repo");
        var inventory = Path.Combine(RepoPaths.Policies, "inventory", "computers.csv");
        SmbpolCli.Run("init", folder, "--inventory", inventory, "--as-of", "2026-11-21").ExitCode.Should().Be(0);
        File.ReadAllText(Path.Combine(folder, "policy.yaml")).Should().Contain("domain: \"corp.contoso.com\"");

        var again = SmbpolCli.Run("init", folder, "--inventory", inventory, "--as-of", "2026-11-21");

        again.ExitCode.Should().Be(2);
        again.Error.Should().Contain("error SMB5006");
    }

    [Fact]
    public void Init_UnreadableInventory_NamesTheFileAndWritesNothing()
    {
        var inventory = _work.Write("computers.csv", "nothing,useful\n1,2\n");

        var run = SmbpolCli.Run("init", _work.Combine("repo"), "--inventory", inventory);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(inventory).And.Contain("error SMB0030");
        Directory.Exists(_work.Combine("repo")).Should().BeFalse();
    }
}
