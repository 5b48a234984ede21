using System.Text.Json;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>Every finding as JSON, with each host's status, the summary counts and the notes on unreadable input.</summary>
public sealed class DriftJson : IReportWriter<DriftReport>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, DriftReport report)
    {
        using (var stream = new TextWriterStream(output))
        {
            Write(stream, report);
        }

        output.Write('\n');
    }

    internal static void Write(Stream output, DriftReport report)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Strings(json, "sources", report.Sources);
        json.WriteStartObject("summary");
        json.WriteNumber("hosts", report.Hosts.Count);
        foreach (var status in Enum.GetValues<DriftStatus>())
        {
            json.WriteNumber(status.Json() + "Hosts", report.HostCount(status));
            json.WriteNumber(status.Json() + "Settings", report.Count(status));
        }

        json.WriteEndObject();
        json.WriteStartArray("hosts");
        foreach (var host in report.Hosts)
        {
            json.WriteStartObject();
            json.WriteString("host", host.Host);
            json.WriteString("ring", host.Ring);
            json.WriteString("group", host.Group);
            json.WriteString("status", host.Status.Json());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "notes", report.Notes);
        json.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            WriteFinding(json, f);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, DriftFinding f)
    {
        json.WriteStartObject();
        json.WriteString("host", f.Host);
        json.WriteString("ring", f.Ring);
        json.WriteString("group", f.Group);
        json.WriteString("control", f.Control);
        json.WriteString("stage", f.Stage);
        json.WriteString("setting", f.Setting);
        json.WriteString("expected", f.Expected);
        json.WriteString("actual", f.Actual);
        json.WriteString("status", f.Status.Json());
        json.WriteString("source", f.Source);
        json.WriteString("detail", f.Detail);
        if (f.DecidedBy is { } by)
        {
            json.WriteStartObject("decidedBy");
            json.WriteString("kind", by.KindText);
            json.WriteString("name", by.Name);
            json.WriteString("file", by.Location.Path);
            json.WriteNumber("line", by.Location.Line);
            json.WriteNumber("column", by.Location.Column);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
