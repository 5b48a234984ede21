using System.Diagnostics;
using System.Text.Json;
using SmbPolicyCompiler.TestSupport;
using static SmbPolicyCompiler.Cli.Tests.CliRunner;

namespace SmbPolicyCompiler.Cli.Tests;

public sealed class PlanCommandTests : IDisposable
{
    private readonly TempFolder _repo = new("smbpol-plan-git");

    private string PolicyFolder => _repo.Combine("policies");

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
    }

    /// <summary>A git repository whose HEAD holds the example policy, with the working tree promoting a ring.</summary>
    private void CommitExampleThenPromote(string from, string to)
    {
        CopyFolder(Policies, PolicyFolder);
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "t@example.com");
        Git("config", "user.name", "T");
        Git("add", "-A");
        Git("commit", "-q", "-m", "base");
        var rings = Path.Combine(PolicyFolder, "rings.yaml");
        File.WriteAllText(rings, File.ReadAllText(rings).Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_GitRefBase_ShowsThePromotionAndExitsZeroWithoutRisks()
    {
        CommitExampleThenPromote("serverSigning:       { audit: 2026-10-05 }", "serverSigning:       { audit: 2026-10-05, enforce: 2026-11-20 }");

        var result = Run("plan", "--base", "main", "--head", PolicyFolder, "--as-of", AsOf, "--format", "markdown");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("### smbpol plan:");
        result.Out.Should().Contain("| broad | serverSigning | audit → **enforce** | 13:");
        result.Out.Should().Contain("<details><summary>Generated files");
    }

    [Fact]
    public void Plan_RiskyChange_ExitsOneSoAPipelineCanRequireReview()
    {
        CommitExampleThenPromote("      clientSigning:       { audit: 2026-10-05 }\n", "      clientSigning:       { audit: 2026-10-05 }\n      serverEncryption:    { audit: 2026-11-01, require: 2026-11-20 }\n");

        var result = Run("plan", "--base", "HEAD", "--head", PolicyFolder, "--as-of", AsOf, "--format", "json");

        result.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("hasRisks").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("risks")[0].GetProperty("kind").GetString().Should().Be("skipsAudit");
    }

    [Fact]
    public void Plan_BadRef_ExitsTwoWithAClearMessage()
    {
        CommitExampleThenPromote("x", "x");

        var result = Run("plan", "--base", "origin/nope", "--head", PolicyFolder, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("'origin/nope' is neither a folder nor a git ref");
    }

    [Fact]
    public void Plan_BaseThatDoesNotValidate_ExitsTwoAndShowsItsErrors()
    {
        using var broken = new TempFolder();
        broken.Write("policy.yaml", "policy: { name: x }\n");

        var result = Run("plan", "--base", broken.Path, "--head", Policies, "--as-of", AsOf);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("does not validate").And.Contain("SMB0012");
    }

    [Theory]
    [InlineData("markdown", "| ring | control |")]
    [InlineData("text", "broad / serverSigning")]
    public void Plan_HeadThatDoesNotValidate_PrintsThePlanWithTheErrorsFirstAndExitsOne(string format, string firstChange)
    {
        CommitExampleThenPromote("serverSigning:       { audit: 2026-10-05 }", "serverSigning:       { audit: 2026-10-05, enforce: 2026-10-20 }");

        var result = Run("plan", "--base", "HEAD", "--head", PolicyFolder, "--as-of", AsOf, "--format", format);

        result.ExitCode.Should().Be(1, result.Error);
        result.Out.Should().Contain("SMB2002").And.Contain("rings.yaml(").And.Contain(firstChange);
        result.Out.IndexOf("SMB2002", StringComparison.Ordinal).Should().BeLessThan(result.Out.IndexOf(firstChange, StringComparison.Ordinal), "the errors come first");
        result.Out.Split('\n')[0].Should().Contain("does not validate");
    }

    [Fact]
    public void Plan_HeadThatDoesNotValidate_JsonCarriesTheErrorsAsBlockingFindings()
    {
        CommitExampleThenPromote("serverSigning:       { audit: 2026-10-05 }", "serverSigning:       { audit: 2026-10-05, enforce: 2026-10-20 }");

        var result = Run("plan", "--base", "HEAD", "--head", PolicyFolder, "--as-of", AsOf, "--format", "json");

        result.ExitCode.Should().Be(1, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("blocking")[0].GetProperty("code").GetString().Should().Be("SMB2002");
        json.RootElement.GetProperty("stageChanges").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Plan_HeadThatCannotBeRead_PrintsTheErrorsAndSaysTheChangesAreUnknown()
    {
        CommitExampleThenPromote("  - name: pilot\n", "  - nmae: pilot\n");

        var result = Run("plan", "--base", "HEAD", "--head", PolicyFolder, "--as-of", AsOf, "--format", "markdown");

        result.ExitCode.Should().Be(1, result.Error);
        result.Out.Should().StartWith("### smbpol plan:").And.Contain("rings.yaml(").And.Contain("could not be computed");
    }

    [Fact]
    public void Plan_SameFolderTwice_HasNoChange()
    {
        var result = Run("plan", "--base", Policies, "--head", Policies, "--as-of", AsOf);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("no rollout change");
    }

    public void Dispose() => _repo.Dispose();

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
