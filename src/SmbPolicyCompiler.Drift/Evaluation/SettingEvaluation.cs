using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>The verdict of one source on one desired setting: status, what was seen, and how it was read.</summary>
internal sealed record SettingEvaluation(DriftStatus Status, string Actual, string Detail);
