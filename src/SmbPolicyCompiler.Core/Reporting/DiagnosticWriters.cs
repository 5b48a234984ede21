using System.Text.Json;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Diagnostics as text (one per line, compiler style), JSON, or SARIF.</summary>
public static class DiagnosticWriters
{
    public const string ToolName = "smbpol";

    public static void WriteText(TextWriter output, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }
    }

    public static void WriteJson(Stream output, IEnumerable<Diagnostic> diagnostics)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("file", d.Location.Path);
            json.WriteNumber("line", d.Location.Line);
            json.WriteNumber("column", d.Location.Column);
            json.WriteString("severity", d.SeverityText);
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteSarif(Stream output, string version, IEnumerable<Diagnostic> diagnostics)
    {
        var rules = DiagnosticCatalogue.All.Where(d => d.Stage is DiagnosticStage.Input or DiagnosticStage.Rules).Select(d => new SarifRule(d.Code, d.Title));
        var results = diagnostics.Select(d => new SarifResult(d.Code, SarifWriter.Level(d.Severity), d.Message, d.Location.Path, d.Location.Line, d.Location.Column));
        SarifWriter.Write(output, ToolName, version, rules, results);
    }
}
