using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Core.Binding;

/// <summary>A Windows setting a machine should have: which value, and which control, stage and ring/exception asked for it.</summary>
public sealed record DesiredSetting(SettingDefinition Setting, long Value, string ControlKey, string StageName, Provenance DecidedBy);
