using System.CommandLine;
using SmbPolicyCompiler.Core.Reporting;

namespace SmbPolicyCompiler.Cli.Output;

/// <summary>
/// The output of one command: its --format option (typed; it offers the formats the command has writers for, the
/// first being the default) and its --output option, and the one place a report is written — to standard output,
/// or all or nothing to the --output file.
/// </summary>
internal sealed class ReportOutput<TReport>
{
    private readonly IReadOnlyList<IReportWriter<TReport>> _writers;

    public ReportOutput(IReadOnlyList<IReportWriter<TReport>> writers)
    {
        _writers = writers;
        Format = FormatOption(writers);
    }

    public Option<ReportFormat?> Format { get; }

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to this file (all or nothing; missing folders are created) instead of standard output." };

    /// <summary>The chosen format; the command's first when none was given.</summary>
    public ReportFormat FormatOf(ParseResult parse) => parse.GetValue(Format) ?? _writers[0].Format;

    public bool IsFile(ParseResult parse) => parse.GetValue(Output) is not null;

    /// <summary>True when the report goes to a file, or is not the format for people: then a one-line summary belongs on stderr.</summary>
    public bool WantsSummary(ParseResult parse) => IsFile(parse) || FormatOf(parse) != _writers[0].Format;

    public void Write(CliConsole console, ParseResult parse, TReport report)
    {
        var format = FormatOf(parse);
        var writer = _writers.Single(w => w.Format == format);
        if (parse.GetValue(Output) is { } path)
        {
            AtomicFile.Write(path, output => writer.Write(output, report));
        }
        else
        {
            writer.Write(console.Out, report);
        }
    }

    private static Option<ReportFormat?> FormatOption(IReadOnlyList<IReportWriter<TReport>> writers)
    {
        var names = string.Join(", ", writers.Select(w => Name(w.Format)));
        return new Option<ReportFormat?>("--format", "-f")
        {
            Description = $"Output format: {names}; default {Name(writers[0].Format)}.",
            HelpName = string.Join('|', writers.Select(w => Name(w.Format))),
            CustomParser = result =>
            {
                var name = result.Tokens[0].Value;
                if (writers.FirstOrDefault(w => Name(w.Format) == name) is { } writer)
                {
                    return writer.Format;
                }

                result.AddError($"--format '{name}' is not a format of this command; use one of: {names}");
                return writers[0].Format;
            },
        };
    }

    private static string Name(ReportFormat format) => format.ToString().ToLowerInvariant();
}
