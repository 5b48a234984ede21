namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>A SARIF rule (a diagnostic code with its title) and a result pointing at a file position.</summary>
public sealed record SarifRule(string Id, string Title);

public sealed record SarifResult(string RuleId, string Level, string Message, string? Path, int Line, int Column);
