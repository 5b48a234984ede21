using SmbPolicyCompiler.TestSupport;
using static SmbPolicyCompiler.Cli.Tests.CliRunner;

namespace SmbPolicyCompiler.Cli.Tests;

public sealed class EmptyValueTests
{
    [Theory]
    [InlineData("--out", "compile", "policies", "--out", "")]
    [InlineData("--output", "readiness", "policies", "--events", "x", "--output", "")]
    [InlineData("--output", "drift", "policies", "--source", "wire", "--output", " ")]
    [InlineData("--events", "readiness", "policies", "--events", "")]
    [InlineData("--inventory", "readiness", "policies", "--events", "x", "--inventory", "")]
    [InlineData("--base", "plan", "--base", "")]
    [InlineData("--output", "events", "dump", "x.evtx", "--output", "")]
    [InlineData("<path>", "validate", "")]
    [InlineData("<paths>", "events", "dump", "")]
    public void EmptyValue_IsAUsageErrorNamingTheOption(string named, params string[] args)
    {
        using var temp = new TempFolder();
        var before = Directory.GetFileSystemEntries(temp.Path);

        var result = Run(args);

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Contain(named).And.Contain("empty").And.NotContain("Exception");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void GroupNameWithLineBreak_IsOneLineSayingWhy()
    {
        using var folder = new TempFolder();
        folder.Write("policy.yaml", """
            policy: { name: x, domain: corp.example.com }
            groups:
              - name: "servers\npolicies/rings.yaml(1,1): warning SMB3002: forged"
                members: { hosts: [A] }
            """);

        var result = Run("validate", folder.Path, "--as-of", AsOf);

        result.ExitCode.Should().Be(1);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle(l => l.Contains("SMB0014")).Which.Should()
            .Contain(@"servers\u000Apolicies/rings.yaml(1,1)").And.Contain("without control characters");
        lines.Should().NotContain(l => l.StartsWith("policies/rings.yaml"));
    }
}
