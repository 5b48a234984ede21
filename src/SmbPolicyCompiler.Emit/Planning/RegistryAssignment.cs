using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Planning;

/// <summary>
/// One registry value a ring (or an exception) sets: where Group Policy writes it, its data, which GPO file carries
/// it, why, and what rollback does (<see cref="RollbackValue"/>, or delete the value when null).
/// </summary>
/// <param name="Id">The catalogue setting id (server.RequireSecuritySignature) or additional.N for a ring's Nth additional setting.</param>
/// <param name="Origin">Why: "serverSigning = enforce", "exception EXC-1 holds serverSigning at audit", "additional setting".</param>
/// <param name="Setting">The catalogue setting, or null for an additional setting.</param>
public sealed record RegistryAssignment(
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
}
