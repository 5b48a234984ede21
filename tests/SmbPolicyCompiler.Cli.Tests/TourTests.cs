using System.Diagnostics;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Cli.Tests;

/// <summary>
/// Every `smbpol` line of the README's tour and of examples/README.md, run as written by the real executable in a copy
/// of the repository's policies/, examples/ and generated/ (a git repository with origin/main, for plan). A command
/// that names a missing folder, an option that does not exist, or input it cannot read fails here.
/// </summary>
public sealed class TourTests
{
    public static TheoryData<string> TourLines => [.. Lines("README.md").Concat(Lines("examples/README.md")).Distinct()];

    [Fact]
    public void Tour_HasTheCommandsANewcomerNeeds() =>
        Lines("README.md").Select(l => l.Split(' ')[1]).Distinct().Should().Contain(["validate", "explain", "compile", "drift", "readiness", "plan"]);

    [Theory]
    [MemberData(nameof(TourLines))]
    public void Tour_CommandRunsAsWritten(string line)
    {
        using var repo = new TempFolder("smbpol-tour");
        foreach (var folder in new[] { "policies", "examples", "generated" })
        {
            CopyFolder(Path.Combine(RepoPaths.Root, folder), Path.Combine(repo.Path, folder));
        }

        Git(repo.Path, "init", "-q");
        Git(repo.Path, "add", "-A");
        Git(repo.Path, "-c", "user.name=tour", "-c", "user.email=tour@smbpol.invalid", "commit", "-q", "-m", "base");
        Git(repo.Path, "update-ref", "refs/remotes/origin/main", "HEAD");

        var (exit, output, error) = Smbpol(repo.Path, line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]);

        exit.Should().BeOneOf([0, 1], $"'{line}' runs (exit 1 = findings, which the example has on purpose)\n{output}\n{error}");
        error.Should().NotContain("smbpol: ", "no usage or input error").And.NotContainAny("SMB0001", "SMB0002", "cannot read");
        (output + error).Should().NotMatchRegex(@"\b\w+Exception\b");
        (output + error).Should().NotBeNullOrWhiteSpace();
        if (line.Contains("--output ", StringComparison.Ordinal))
        {
            var file = line.Split(' ').SkipWhile(a => a != "--output").ElementAt(1);
            new FileInfo(Path.Combine(repo.Path, file)).Length.Should().BeGreaterThan(1000);
        }
    }

    [Fact]
    public void Tour_ReadinessReadsEveryExampleExportWithoutDamage()
    {
        var (exit, output, error) = Smbpol(RepoPaths.Root, "readiness", "policies", "--events", "examples/exported/", "--format", "json");

        exit.Should().BeOneOf([0, 1], error);
        output.Should().Contain("fs-chicago.xml").And.Contain("prn-paris.json").And.Contain("lab.ndjson");
        error.Should().NotContain("skipped").And.NotContain("damaged");
    }

    private static IEnumerable<string> Lines(string markdown)
    {
        var inBlock = false;
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, markdown)))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }
            else if (inBlock && line.StartsWith("smbpol ", StringComparison.Ordinal))
            {
                var comment = line.IndexOf(" #", StringComparison.Ordinal);
                yield return (comment >= 0 ? line[..comment] : line).Trim();
            }
        }
    }

    private static (int Exit, string Output, string Error) Smbpol(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private static void Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"git {string.Join(' ', args)}: {error}");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
