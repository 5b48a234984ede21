using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>One registry value of a GPO backup, and the file it came from (registry.pol or GptTmpl.inf).</summary>
public sealed record ImportedValue(string Key, string ValueName, RegistryValue Value, string SourceFile);

/// <summary>A GPMC backup as import reads it: its display name, folder, computer-side values and where it was linked.</summary>
/// <param name="Links">Distinguished names of the OUs (or the domain root) gpreport.xml says the GPO was linked to.</param>
/// <param name="Domain">The AD DNS domain bkupInfo.xml names, when it does.</param>
public sealed record ImportedGpo(string Name, string Folder, IReadOnlyList<ImportedValue> Values, IReadOnlyList<string> Links, string? Domain);
