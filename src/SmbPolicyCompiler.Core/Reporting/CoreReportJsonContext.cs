using System.Text.Json.Serialization;

namespace SmbPolicyCompiler.Core.Reporting;

/// <summary>Source-generated JSON metadata of the reports Core writes: diagnostics and SARIF.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DiagnosticsDocument))]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class CoreReportJsonContext : JsonSerializerContext;
