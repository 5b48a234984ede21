using System.Diagnostics;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Cli.Tests;

/// <summary>
/// action.yml (the GitHub Action) and pipelines/azure-smbpol.yml (the Azure DevOps template): the action passes
/// @action-validator/cli (npm, pinned by tests/tools/action-validator/package-lock.json), and every smbpol command
/// either of them runs parses against the real command line — no option that does not exist.
/// </summary>
public sealed partial class PipelineTests
{
    public static TheoryData<string> Files => ["action.yml", "pipelines/azure-smbpol.yml"];

    [Trait("Category", "Interop")]
    [Fact]
    public void Action_PassesActionValidator()
    {
        var validator = RepoPaths.Tests("tools", "action-validator", "node_modules", ".bin", "action-validator");
        File.Exists(validator).Should().BeTrue("./test.sh --setup-only installs it (npm ci in tests/tools/action-validator)");
        var (exit, output) = Run(validator, Path.Combine(RepoPaths.Root, "action.yml"));

        exit.Should().Be(0, output);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Pipeline_EverySmbpolCommandParses(string file)
    {
        var commands = SmbpolCommand().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, file))).Select(m => m.Value).ToList();

        commands.Select(c => c.Split(' ')[1]).Should().Contain(["validate", "compile", "drift"]);
        foreach (var command in commands)
        {
            var args = Tokens(command);
            var parse = CliApp.Build(new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false)).Parse(args);

            parse.Errors.Select(e => e.Message).Should().BeEmpty(command);
            Suggestions.Find(parse).Should().BeEmpty(command);
        }
    }

    private static (int Exit, string Output) Run(string program, string argument)
    {
        var start = new ProcessStartInfo(program, [argument]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    /// <summary>The arguments as the shell would pass them, with template expressions and variables standing for one value.</summary>
    private static string[] Tokens(string command)
    {
        var text = command.Replace("\"${events[@]}\"", "", StringComparison.Ordinal);
        text = Expression().Replace(text, "x");
        return [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(t => t.Trim('"'))];
    }

    [GeneratedRegex(@"(?<=^|\s)smbpol (validate|compile|plan|drift|readiness|explain|events)\b[^\n>|]*", RegexOptions.Multiline)]
    private static partial Regex SmbpolCommand();

    [GeneratedRegex(@"\$\{\{[^}]*\}\}|\$\([^)]*\)|\$\{?[A-Za-z_]+\}?")]
    private static partial Regex Expression();
}
