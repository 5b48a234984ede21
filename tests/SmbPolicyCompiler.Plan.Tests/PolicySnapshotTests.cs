using System.Diagnostics;
using SmbPolicyCompiler.Plan.Sources;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Plan.Tests;

/// <summary>--base as a git ref: a repository built in a temporary folder, read through the git command line.</summary>
public sealed class PolicySnapshotTests : IDisposable
{
    private readonly TempFolder _repo = new("smbpol-git");

    public PolicySnapshotTests()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "test@example.com");
        Git("config", "user.name", "Test");
        _repo.Write("policies/policy.yaml", "policy: { name: v1, domain: corp.example.com }\n");
        _repo.Write("policies/rings.yaml", "rings: []\n");
        Git("add", "-A");
        Git("commit", "-q", "-m", "v1");
        Git("tag", "v1");
        _repo.Write("policies/policy.yaml", "policy: { name: v2, domain: corp.example.com }\n");
        Git("commit", "-q", "-am", "v2");
        _repo.Write("policies/policy.yaml", "policy: { name: working-tree, domain: corp.example.com }\n");
    }

    private string Head => _repo.Combine("policies");

    [Theory]
    [InlineData("HEAD~1", "v1")]
    [InlineData("v1", "v1")]
    [InlineData("main", "v2")]
    public void Resolve_GitRef_ExportsThatVersionOfTheFolder(string reference, string expectedName)
    {
        using var snapshot = PolicySnapshot.Resolve(reference, Head);

        File.ReadAllText(Path.Combine(snapshot.Folder, "policy.yaml")).Should().Contain($"name: {expectedName}");
        snapshot.Display.Should().Be($"{reference}:policies");
    }

    [Fact]
    public void Resolve_GitRef_LeavesTheWorkingTreeAlone()
    {
        var before = Git("status", "--porcelain");

        using (PolicySnapshot.Resolve("HEAD~1", Head))
        {
        }

        Git("status", "--porcelain").Should().Be(before);
        File.ReadAllText(Path.Combine(Head, "policy.yaml")).Should().Contain("working-tree");
    }

    [Fact]
    public void Dispose_RemovesTheExport()
    {
        string folder;
        using (var snapshot = PolicySnapshot.Resolve("v1", Head))
        {
            folder = snapshot.Folder;
        }

        Directory.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public void Resolve_Folder_IsUsedAsIs()
    {
        using var snapshot = PolicySnapshot.Resolve(Head, Head);

        snapshot.Folder.Should().Be(Head);
    }

    [Fact]
    public void Resolve_BadRef_SaysItIsNeitherFolderNorRef()
    {
        var act = () => PolicySnapshot.Resolve("no-such-branch", Head);

        act.Should().Throw<PlanInputException>().WithMessage("'no-such-branch' is neither a folder nor a git ref*");
    }

    [Fact]
    public void Resolve_RefWithoutTheFolder_SaysSo()
    {
        _repo.Write("other/policy.yaml", "x: 1\n");
        Git("add", "-A");
        Git("commit", "-q", "-m", "other");

        var act = () => PolicySnapshot.Resolve("v1", _repo.Combine("other"));

        act.Should().Throw<PlanInputException>().WithMessage("'v1' has no folder 'other'*");
    }

    [Fact]
    public void Resolve_RefOutsideAGitRepository_SaysSo()
    {
        using var plain = new TempFolder("smbpol-nogit");

        var act = () => PolicySnapshot.Resolve("HEAD~1", plain.Path);

        act.Should().Throw<PlanInputException>().WithMessage("*is not in a git repository*");
    }

    public void Dispose() => _repo.Dispose();

    private string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
        return output;
    }
}
