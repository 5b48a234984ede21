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
        var driver = new SarifDriver(ToolName, toolVersion, [.. rules.Select(r => new SarifLogRule(r.Id, new SarifMessage(r.Title)))]);
        var run = new SarifRun(new SarifTool(driver), [.. results.Select(Result)]);
        ReportJson.Write(output, new SarifLog(SchemaUri, "2.1.0", [run]), CoreReportJsonContext.Default.SarifLog);
    }

    /// <summary>The SARIF level of a severity: error, warning or note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static SarifLogResult Result(SarifResult result)
    {
        var locations = result.Path is null
            ? null
            : new[]
            {
                new SarifLocation(new SarifPhysicalLocation(
                    new SarifArtifactLocation(result.Path.Replace('\\', '/')),
                    result.Line > 0 ? new SarifRegion(result.Line, Math.Max(1, result.Column)) : null)),
            };
        return new SarifLogResult(result.RuleId, result.Level, new SarifMessage(result.Message), locations);
    }
}
