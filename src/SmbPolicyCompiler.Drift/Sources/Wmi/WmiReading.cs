namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>
/// What WMI returned for one host, as plain property bags: MSFT_SmbServerConfiguration and MSFT_SmbClientConfiguration
/// (null when the class is missing), the four keys through StdRegProv, and Win32_OperatingSystem.BuildNumber.
/// </summary>
internal sealed record WmiReading(
    IReadOnlyDictionary<string, object?>? ServerConfiguration,
    IReadOnlyDictionary<string, object?>? ClientConfiguration,
    IReadOnlyList<WmiRegistryKey> Keys,
    string? BuildNumber);
