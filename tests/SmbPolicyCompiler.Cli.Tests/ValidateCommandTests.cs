using System.Text.Json;
using SmbPolicyCompiler.TestSupport;
using static SmbPolicyCompiler.Cli.Tests.CliRunner;

namespace SmbPolicyCompiler.Cli.Tests;

public class ValidateCommandTests
{
    private static string Broken(TempFolder folder)
    {
        folder.Write("policy.yaml", "policy: { name: x, domain: corp.example.com }\ngroups:\n  - name: s\n    members: { hosts: [A] }\nrings:\n  - name: pilot\n    groups: [s]\n    controls:\n      serverSigning: { enforce: 2026-01-01 }\n");
        return folder.Path;
    }

    [Fact]
    public void Validate_ExamplePolicies_ExitsZeroWithOnlyTheExpiryWarning()
    {
        var result = Run("validate", Policies, "--as-of", ExpiringSoon);

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        result.Out.Should().Contain("warning SMB3002: exception 'EXC-2026-007' expires on 2031-10-03, in 8 day(s)").And.NotContain("error");
        result.Error.Should().Contain("3 ring(s), 9 group(s)");
    }

    [Fact]
    public void Validate_ExamplePolicies_IsCleanToday()
    {
        // The README's first command runs without --as-of: the example must stay valid whatever day a newcomer tries it.
        var result = Run("validate", Policies);

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        result.Out.Should().NotContain("warning").And.NotContain("error");
    }

    [Fact]
    public void Validate_WarningsAsErrors_ExitsOne() =>
        Run("validate", Policies, "--as-of", ExpiringSoon, "--warnings-as-errors").ExitCode.Should().Be(1);

    [Fact]
    public void Validate_PolicyWithErrors_ExitsOneAndPrintsCompilerStyleLines()
    {
        using var folder = new TempFolder();

        var result = Run("validate", Broken(folder), "--as-of", AsOf);

        result.ExitCode.Should().Be(1);
        result.Out.Should().MatchRegex(@"policy\.yaml\(9,24\): error SMB2001: ");
    }

    [Fact]
    public void Validate_MissingFolder_ExitsTwo()
    {
        var result = Run("validate", "/no/such/folder");

        result.ExitCode.Should().Be(2);
        result.Out.Should().Contain("error SMB0002");
    }

    [Fact]
    public void Validate_BadAsOf_ExitsTwoWithUsageMessage()
    {
        var result = Run("validate", Policies, "--as-of", "21/11/2026");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("'21/11/2026' is not a date");
    }

    [Fact]
    public void Validate_UnknownFormat_ExitsTwo() => Run("validate", Policies, "--format", "xml").ExitCode.Should().Be(2);

    [Fact]
    public void Validate_JsonFormat_GivesParsableDiagnostics()
    {
        using var folder = new TempFolder();

        var result = Run("validate", Broken(folder), "--as-of", AsOf, "--format", "json");

        using var doc = JsonDocument.Parse(result.Out);
        var first = doc.RootElement.GetProperty("diagnostics")[0];
        first.GetProperty("code").GetString().Should().Be("SMB2001");
        first.GetProperty("line").GetInt32().Should().Be(9);
        first.GetProperty("severity").GetString().Should().Be("error");
    }

    [Fact]
    public void Validate_SarifFormat_IsSarif210WithRegions()
    {
        using var folder = new TempFolder();

        var result = Run("validate", Broken(folder), "--as-of", AsOf, "--format", "sarif");

        using var doc = JsonDocument.Parse(result.Out);
        doc.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var run = doc.RootElement.GetProperty("runs")[0];
        run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().Should().Be("smbpol");
        var res = run.GetProperty("results")[0];
        res.GetProperty("ruleId").GetString().Should().Be("SMB2001");
        res.GetProperty("level").GetString().Should().Be("error");
        var location = res.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().EndWith("policy.yaml");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(9);
        location.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(24);
    }
}
