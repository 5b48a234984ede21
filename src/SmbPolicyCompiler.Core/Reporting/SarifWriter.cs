using System.Text.Json;
using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>
/// Writes SARIF 2.1.0, the format GitHub code scanning and Azure DevOps read to annotate pull requests.
/// Paths are written as relative URIs with forward slashes; a result without a path gets no location.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string ToolName = "smbpol";

    public static void Write(TextWriter output, string toolVersion, IEnumerable<SarifRule> rules, IEnumerable<SarifResult> results)
    {
        using (var stream = new TextWriterStream(output))
        {
            Write(stream, toolVersion, rules, results);
        }

        output.Write('\n');
    }

    private static void Write(Stream output, string toolVersion, IEnumerable<SarifRule> rules, IEnumerable<SarifResult> results)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, ToolName, toolVersion, rules);
        json.WriteStartArray("results");
        foreach (var result in results)
        {
            WriteResult(json, result);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The SARIF level of a severity: error, warning or note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter json, string name, string version, IEnumerable<SarifRule> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", name);
        json.WriteString("version", version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, SarifResult result)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteString("level", result.Level);
        json.WriteStartObject("message");
        json.WriteString("text", result.Message);
        json.WriteEndObject();
        if (result.Path is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", result.Path.Replace('\\', '/'));
            json.WriteEndObject();
            if (result.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", result.Line);
                json.WriteNumber("startColumn", Math.Max(1, result.Column));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
