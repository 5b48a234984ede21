using System.Text.Json;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Diagnostics as JSON: <c>{ "diagnostics": [ { file, line, column, severity, code, message } ] }</c>.</summary>
public sealed class DiagnosticJson : IReportWriter<IReadOnlyList<Diagnostic>>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, IReadOnlyList<Diagnostic> report)
    {
        using (var stream = new TextWriterStream(output))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report)
            {
                json.WriteStartObject();
                json.WriteString("file", diagnostic.Location.Path);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("severity", diagnostic.SeverityText);
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write('\n');
    }
}
