using System.Text;
using SmbPolicyCompiler.Emit.Output;
using SmbPolicyCompiler.Emit.Readme;
using SmbPolicyCompiler.Emit.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Emit.Tests;

/// <summary>The output is replaced all or nothing: a failure while writing leaves the old folder exactly as it was.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private static readonly GeneratedFile Readme = new("README.md", Encoding.UTF8.GetBytes(GeneratedReadme.Marker + "\nold\n"));

    private readonly TempFolder _temp = new("smbpol-output");

    private string Target => _temp.Combine("generated");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Replace_FailureWhileWriting_LeavesTheTargetUntouched()
    {
        OutputFolder.Replace(Target, [Readme, new GeneratedFile("ring/old.txt", [1, 2, 3])]);
        var before = FolderSnapshot.Take(Target);
        GeneratedFile[] broken = [Readme with { Content = Encoding.UTF8.GetBytes(GeneratedReadme.Marker + "\nnew\n") }, new("a", [1]), new("a/b", [2])];

        var replace = () => OutputFolder.Replace(Target, broken);

        replace.Should().Throw<OutputFolderException>().WithMessage("*was not changed*");
        FolderSnapshot.Take(Target).Should().BeEquivalentTo(before);
        FolderSnapshot.Leftovers(_temp.Path).Should().BeEmpty("the staging folder is removed");
    }

    [Fact]
    public void Replace_RemovesFilesTheNewOutputDoesNotHave()
    {
        OutputFolder.Replace(Target, [Readme, new GeneratedFile("old-ring/x.ps1", [1])]);

        OutputFolder.Replace(Target, [Readme, new GeneratedFile("new-ring/x.ps1", [2])]);

        FolderSnapshot.Take(Target).Keys.Should().BeEquivalentTo("README.md", "new-ring/x.ps1", OutputManifest.FileName);
        Directory.Exists(Path.Combine(Target, "old-ring")).Should().BeFalse();
        FolderSnapshot.Leftovers(_temp.Path).Should().BeEmpty();
    }

    [Fact]
    public void Replace_EmptyExistingFolder_IsAllowed()
    {
        Directory.CreateDirectory(Target);

        OutputFolder.Replace(Target, [Readme]);

        File.ReadAllBytes(Path.Combine(Target, "README.md")).Should().Equal(Readme.Content);
    }

    [Fact]
    public void Replace_FileSystemRoot_IsRefused()
    {
        var replace = () => OutputFolder.Replace(Path.GetPathRoot(_temp.Path)!, [Readme]);

        replace.Should().Throw<OutputFolderException>().WithMessage("*root*");
    }

    [Fact]
    public void Compare_NamesMissingDifferingAndExtraFilesInOrder()
    {
        OutputFolder.Replace(Target, [Readme, new GeneratedFile("b.txt", [1]), new GeneratedFile("c.txt", [1])]);

        var differences = OutputFolder.Compare(Target, [Readme, new GeneratedFile("a.txt", [1]), new GeneratedFile("b.txt", [2])]);

        differences.Select(d => d.ToString()).Should().Equal("missing: a.txt", "differs: b.txt", "extra: c.txt");
    }

    [Fact]
    public void Replace_ForgedReadmeMarkerWithoutManifest_IsRefusedAndDeletesNothing()
    {
        Directory.CreateDirectory(Path.Combine(Target, ".git"));
        File.WriteAllBytes(Path.Combine(Target, "README.md"), Readme.Content);
        File.WriteAllText(Path.Combine(Target, ".git", "config"), "[core]\n");

        var replace = () => OutputFolder.Replace(Target, [Readme]);

        replace.Should().Throw<OutputFolderException>().WithMessage("*1 file(s) that compile did not write*'.git/config'*");
        File.Exists(Path.Combine(Target, ".git", "config")).Should().BeTrue();
    }

    [Fact]
    public void Replace_StaleManifestButFilesAsCompileWritesThemNow_IsAllowed()
    {
        // After a git merge: the files are current, the manifest lists other hashes (or is missing).
        GeneratedFile[] next = [Readme, new GeneratedFile("ring/x.ps1", [9])];
        OutputFolder.Replace(Target, [Readme, new GeneratedFile("ring/x.ps1", [1])]);
        File.WriteAllBytes(Path.Combine(Target, "ring", "x.ps1"), [9]);

        OutputFolder.Replace(Target, next);

        File.ReadAllBytes(Path.Combine(Target, "ring", "x.ps1")).Should().Equal(9);
        File.ReadAllText(Path.Combine(Target, OutputManifest.FileName)).Should().Contain("  ring/x.ps1\n");
    }

    [Fact]
    public void Replace_FolderWithFilesCompileDidNotWrite_IsRefusedNamingThemAndDeletesNothing()
    {
        OutputFolder.Replace(Target, [Readme, new GeneratedFile("ring/x.ps1", [1])]);
        Directory.CreateDirectory(Path.Combine(Target, ".git"));
        File.WriteAllText(Path.Combine(Target, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(Target, "ring", "my notes.txt"), "mine");
        var before = FolderSnapshot.Take(Target);

        var replace = () => OutputFolder.Replace(Target, [Readme]);

        replace.Should().Throw<OutputFolderException>().WithMessage("*2 file(s) that compile did not write*'.git/HEAD', 'ring/my notes.txt'*");
        FolderSnapshot.Take(Target).Should().BeEquivalentTo(before);
        FolderSnapshot.Leftovers(_temp.Path).Should().BeEmpty("the files already staged are deleted");
    }

    [Fact]
    public void Replace_FileEditedSinceCompile_IsRefused()
    {
        OutputFolder.Replace(Target, [Readme, new GeneratedFile("ring/x.ps1", [1])]);
        File.WriteAllBytes(Path.Combine(Target, "ring", "x.ps1"), [1, 2]);

        var replace = () => OutputFolder.Replace(Target, [Readme]);

        replace.Should().Throw<OutputFolderException>().WithMessage("*changed since*'ring/x.ps1'*");
        File.ReadAllBytes(Path.Combine(Target, "ring", "x.ps1")).Should().Equal(1, 2);
    }

    [Fact]
    public void Replace_ManifestIsCheckedBySha256sum()
    {
        OutputFolder.Replace(Target, [Readme, new GeneratedFile("ring/a b.ps1", [1, 2, 3])]);

        var check = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sha256sum", ["--check", "--strict", OutputManifest.FileName])
        {
            WorkingDirectory = Target,
            RedirectStandardOutput = true,
        })!;
        var output = check.StandardOutput.ReadToEnd();
        check.WaitForExit();

        check.ExitCode.Should().Be(0, output);
        output.Should().Contain("README.md: OK").And.Contain("ring/a b.ps1: OK");
    }

    [Fact]
    public void Replace_FilesCommittedToGitAndUnchanged_AreReplacedButUntrackedAndEditedOnesStopIt()
    {
        // A merge of two branches that both recompiled: committed files no manifest lists with that content.
        File.WriteAllText(_temp.Combine("policy.txt"), "repo");
        Directory.CreateDirectory(Path.Combine(Target, "ring"));
        File.WriteAllText(Path.Combine(Target, "README.md"), "merged readme");
        File.WriteAllText(Path.Combine(Target, "ring", "x.ps1"), "merged script");
        File.WriteAllText(Path.Combine(Target, OutputManifest.FileName), "");
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.name=t", "-c", "user.email=t@smbpol.invalid", "commit", "-q", "-m", "merged");

        File.WriteAllText(Path.Combine(Target, "ring", "notes.txt"), "mine");
        File.AppendAllText(Path.Combine(Target, "ring", "x.ps1"), "edited");
        var replace = () => OutputFolder.Replace(Target, [Readme]);
        replace.Should().Throw<OutputFolderException>().WithMessage("*2 file(s)*'ring/notes.txt', 'ring/x.ps1'*");

        File.Delete(Path.Combine(Target, "ring", "notes.txt"));
        Git("checkout", "-q", "--", ".");
        OutputFolder.Replace(Target, [Readme]);

        FolderSnapshot.Take(Target).Keys.Should().BeEquivalentTo("README.md", OutputManifest.FileName);
    }

    private void Git(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", args) { WorkingDirectory = _temp.Path, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, error);
    }
}
