namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The report formats: a table for people, JSON, Markdown for a pull request, CSV of blocking clients, an HTML page.</summary>
public enum ReadinessFormat
{
    Table,
    Json,
    Markdown,
    Csv,
    Html,
}
