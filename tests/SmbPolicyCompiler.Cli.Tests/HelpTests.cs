using static SmbPolicyCompiler.Cli.Tests.CliRunner;

namespace SmbPolicyCompiler.Cli.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> Commands => ["validate", "explain", "compile", "plan", "drift", "readiness", "events", "events dump", "import", "import gpo"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_ShowsExamplesAndSaysEachDefaultOnce(string command)
    {
        var result = Run([.. command.Split(' '), "--help"]);

        result.ExitCode.Should().Be(0);
        var examples = result.Out[result.Out.IndexOf("Examples:", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        examples.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(2).And.OnlyContain(e => e.StartsWith($"  smbpol {command}", StringComparison.Ordinal));
        result.Out.Split('\n').Should().NotContain(l => l.Split("default", StringSplitOptions.None).Length > 2 || l.Contains("Default:", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_Examples_ParseAgainstTheRealCommands()
    {
        foreach (var (command, examples) in HelpExamples.ByCommand)
        {
            foreach (var example in examples)
            {
                var args = example.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).TakeWhile(a => a != ">").ToArray();
                var parse = CliApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false)).Parse(args);

                parse.Errors.Should().BeEmpty($"'{example}' (an example of {command}) uses only options that exist");
                Suggestions.Find(parse).Should().BeEmpty(example);
            }
        }
    }

    [Fact]
    public void Help_OptionalArgumentsLookOptional()
    {
        Run("compile", "--help").Out.Should().Contain("compile [<path>] [options]");
        Run("explain", "--help").Out.Should().Contain("explain <name> [<path>] [options]");
    }

    [Theory]
    [InlineData(new[] { "complie", "policies" }, "unknown command 'complie'; did you mean 'compile'?")]
    [InlineData(new[] { "readines" }, "did you mean 'readiness'?")]
    [InlineData(new[] { "events", "dupm", "x" }, "unknown command 'dupm'; did you mean 'dump'?")]
    [InlineData(new[] { "compile", "--chek" }, "unknown option '--chek' for 'smbpol compile'; did you mean '--check'?")]
    [InlineData(new[] { "compile", "policies", "--ot", "x" }, "did you mean '--out'?")]
    [InlineData(new[] { "validate", "--fromat", "json" }, "did you mean '--format'?")]
    [InlineData(new[] { "readiness", "--events", "x", "--invntory", "y" }, "did you mean '--inventory'?")]
    public void Mistyped_CommandOrOption_IsAUsageErrorWithASuggestion(string[] args, string expected)
    {
        var result = Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(expected);
        result.Out.Should().BeEmpty("nothing ran");
    }
}
