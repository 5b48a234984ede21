using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>
/// One registry value of a GPO backup, and the file it came from (registry.pol or GptTmpl.inf). A registry.pol
/// <c>**del.</c> / <c>**delvals.</c> record is a delete (<paramref name="Action"/>): ValueName is the deleted value
/// (empty for every value of the key) and Value the directive's data.
/// </summary>
public sealed record ImportedValue(string Key, string ValueName, RegistryValue Value, string SourceFile, AdditionalSettingAction Action = AdditionalSettingAction.Set);

/// <summary>A GPMC backup as import reads it: its display name, folder, computer-side values and where it was linked.</summary>
/// <param name="Links">Distinguished names of the OUs (or the domain root) gpreport.xml says the GPO was linked to.</param>
/// <param name="Domain">The AD DNS domain bkupInfo.xml names, when it does.</param>
public sealed record ImportedGpo(string Name, string Folder, IReadOnlyList<ImportedValue> Values, IReadOnlyList<string> Links, string? Domain);
