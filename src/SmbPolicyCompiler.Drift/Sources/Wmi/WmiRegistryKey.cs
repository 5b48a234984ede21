namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>A key as StdRegProv.EnumValues saw it: missing (return value 2), or its values with their REG_* type numbers.</summary>
internal sealed record WmiRegistryKey(string Key, bool Exists, IReadOnlyList<WmiRegistryValue> Values);
