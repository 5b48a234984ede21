namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>
/// One value from StdRegProv: its name, its type as EnumValues gives it (1 REG_SZ, 2 REG_EXPAND_SZ, 3 REG_BINARY,
/// 4 REG_DWORD, 7 REG_MULTI_SZ, 11 REG_QWORD) and the data the matching Get*Value method returned.
/// </summary>
internal sealed record WmiRegistryValue(string Name, int Type, object? Data);
