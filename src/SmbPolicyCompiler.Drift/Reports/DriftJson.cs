using System.Text.Json;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>Every finding as JSON, with per-host status and the summary counts.</summary>
public static class DriftJson
{
    public static void Write(Stream output, DriftReport report)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("sources");
        report.Sources.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("hosts", report.Hosts.Count);
        foreach (var status in Enum.GetValues<DriftStatus>())
        {
            json.WriteNumber(status.ToString().ToLowerInvariant() + "Hosts", report.Hosts.Count(h => report.StatusOf(h) == status));
            json.WriteNumber(status.ToString().ToLowerInvariant() + "Settings", report.Count(status));
        }

        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var f in report.Findings)
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
            json.WriteString("status", f.Status.ToString().ToLowerInvariant());
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

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
