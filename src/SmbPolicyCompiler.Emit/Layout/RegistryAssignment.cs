using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Pol;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>
/// One registry value a ring (or an exception) sets: where Group Policy writes it, its data, which GPO file carries
/// it, why, and what rollback does (<see cref="RollbackValue"/>, or delete the value when null).
/// An additional setting may delete instead (<see cref="Action"/>): then Value is registry.pol's directive data (REG_SZ " "),
/// the location names the deleted value (empty for DeleteValues) and every back end must say what it does with it.
/// </summary>
/// <param name="Id">The catalogue setting id (server.RequireSecuritySignature) or additional.N for a ring's Nth additional setting.</param>
/// <param name="Origin">Why: "serverSigning = enforce", "exception EXC-1 holds serverSigning at audit", "additional setting".</param>
/// <param name="Setting">The catalogue setting, or null for an additional setting.</param>
internal sealed record RegistryAssignment(
    string Id,
    RegistryLocation Location,
    RegistryValue Value,
    Carrier Carrier,
    string Origin,
    SettingDefinition? Setting,
    RegistryValue? RollbackValue)
{
    /// <summary>The DWORD data, for settings passed to a cmdlet (catalogue settings are all DWORDs).</summary>
    public long Number => Value.AsDword();

    public AdditionalSettingAction Action { get; init; } = AdditionalSettingAction.Set;

    public bool Deletes => Action != AdditionalSettingAction.Set;

    /// <summary>The registry.pol record: the value, or the <c>**del.</c> / <c>**delvals.</c> directive GPMC writes.</summary>
    public PolRecord ToPolRecord() => Action switch
    {
        AdditionalSettingAction.Delete => PolDirectives.DeleteValue(Location.Key, Location.ValueName),
        AdditionalSettingAction.DeleteValues => PolDirectives.DeleteAllValues(Location.Key),
        _ => new PolRecord(Location.Key, Location.ValueName, Value),
    };

    /// <summary>What it does, for comments: "delete the value", "delete every value of the key", or the data.</summary>
    public string Describe() => Action switch
    {
        AdditionalSettingAction.Delete => "delete the value",
        AdditionalSettingAction.DeleteValues => "delete every value of the key",
        _ => Value.ToString(),
    };
}
