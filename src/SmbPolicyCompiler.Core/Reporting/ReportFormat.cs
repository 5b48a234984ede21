namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Every format a report can be written in. A command offers the formats it has writers for (Cli/Output/ReportWriters).</summary>
public enum ReportFormat
{
    /// <summary>Lines for people (validate, explain, plan).</summary>
    Text,

    /// <summary>Tables for people at a terminal (drift, readiness).</summary>
    Table,
    Json,
    Sarif,
    JUnit,
    Markdown,
    Csv,
    Html,
}
