using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Reports;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>Writes a drift report in the chosen format to stdout or to the --output file.</summary>
public static class DriftOutput
{
    public static readonly string[] Formats = ["table", "json", "junit", "sarif", "markdown"];

    public static void Write(CliConsole console, DriftReport report, string format, string? outputPath)
    {
        if (outputPath is null)
        {
            if (IsText(format))
            {
                WriteText(console.Out, report, format);
            }
            else
            {
                console.WriteOut(stream => WriteBytes(stream, report, format));
            }

            return;
        }

        using var file = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None);
        if (IsText(format))
        {
            using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            WriteText(writer, report, format);
        }
        else
        {
            WriteBytes(file, report, format);
        }
    }

    private static bool IsText(string format) => format is "table" or "markdown";

    private static void WriteText(TextWriter writer, DriftReport report, string format)
    {
        if (format == "markdown")
        {
            DriftMarkdown.Write(writer, report);
        }
        else
        {
            DriftText.Write(writer, report);
        }
    }

    private static void WriteBytes(Stream stream, DriftReport report, string format)
    {
        switch (format)
        {
            case "json":
                DriftJson.Write(stream, report);
                break;
            case "junit":
                DriftJUnit.Write(stream, report);
                break;
            default:
                DriftSarif.Write(stream, DiagnosticOutput.Version, report);
                break;
        }
    }
}
