using System.Text.Json;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.TestSupport;
using static SmbPolicyCompiler.Cli.Tests.CliRunner;

namespace SmbPolicyCompiler.Cli.Tests;

/// <summary>The one output path of every report command: typed --format from the command's writers, --output written all or nothing.</summary>
public class ReportOutputTests
{
    [Fact]
    public void AtomicFile_WriterFailsHalfway_LeavesTheEarlierReportAndNoTemporaryFile()
    {
        using var folder = new TempFolder("smbpol-atomic");
        var path = folder.Write("report.md", "the earlier report\n");

        var write = () => AtomicFile.Write(path, output =>
        {
            output.Write("half of a new rep");
            throw new IOException("the disk went away");
        });

        write.Should().Throw<IOException>().WithMessage($"*{path}*the disk went away*");
        File.ReadAllText(path).Should().Be("the earlier report\n");
        Directory.GetFiles(folder.Path).Should().Equal(path);
    }

    [Fact]
    public void AtomicFile_MissingFolders_AreCreated()
    {
        using var folder = new TempFolder("smbpol-atomic");
        var path = folder.Combine("reports", "2026", "drift.txt");

        AtomicFile.Write(path, output => output.WriteLine("räport"));

        File.ReadAllBytes(path).Should().Equal("räport\n"u8.ToArray(), "UTF-8 without BOM, LF");
    }

    [Fact]
    public void AtomicFile_PathUnderAFile_FailsNamingThePath()
    {
        using var folder = new TempFolder("smbpol-atomic");
        var path = Path.Combine(folder.Write("blocker", ""), "report.json");

        var write = () => AtomicFile.Write(path, output => output.Write("{}"));

        write.Should().Throw<IOException>().WithMessage($"could not write the report to {path}: *");
    }

    [Fact]
    public void Validate_SarifToAFile_WritesTheFileAndKeepsStdoutEmpty()
    {
        using var folder = new TempFolder("smbpol-validate-out");
        var path = folder.Combine("out", "validate.sarif");

        var result = Run("validate", Policies, "--as-of", AsOf, "--format", "sarif", "--output", path);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().BeEmpty();
        using var sarif = JsonDocument.Parse(File.ReadAllText(path));
        sarif.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        result.Error.Should().Contain("3 ring(s)", "a report in a file still gets its summary on stderr");
    }

    [Theory]
    [InlineData("validate", "text, json, sarif")]
    [InlineData("explain", "text, json")]
    [InlineData("drift", "table, json, junit, sarif, markdown")]
    [InlineData("readiness", "table, json, markdown, csv, html")]
    public void Format_UnknownName_IsRefusedListingTheCommandsFormats(string command, string formats)
    {
        var result = Run(command, "--format", "xml");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("'xml'").And.Contain(formats.Split(", ")[^1]);
        ReportWriterNames(command).Should().Be(formats);
    }

    [Fact]
    public void Help_NamesTheCommandsFormatsAndItsDefault()
    {
        var result = Run("drift", "--help");

        result.Out.Should().Contain("--format <table|json|junit|sarif|markdown>").And.Contain("default table.");
    }

    private static string ReportWriterNames(string command) => string.Join(", ", (command switch
    {
        "validate" => ReportWriters.Diagnostics.Select(w => w.Format),
        "explain" => ReportWriters.Explanation.Select(w => w.Format),
        "drift" => ReportWriters.Drift.Select(w => w.Format),
        _ => ReportWriters.Readiness.Select(w => w.Format),
    }).Select(f => f.ToString().ToLowerInvariant()));
}
