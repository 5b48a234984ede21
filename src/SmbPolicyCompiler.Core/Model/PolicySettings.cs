using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>The repository-wide 'policy' section.</summary>
/// <param name="RollbackValues">Values rollback restores, by setting id (e.g. server.SMB1); settings not listed are deleted on rollback.</param>
public sealed record PolicySettings(
    string Name,
    string Domain,
    string? Description,
    string? Owner,
    Located<string>? Inventory,
    string GpoNamePrefix,
    int? MaxExceptionDays,
    int ExpiryWarningDays,
    IReadOnlyDictionary<string, long> Parameters,
    GroupRole DefaultRole,
    IReadOnlyDictionary<string, Gate> DefaultGates,
    IReadOnlyDictionary<string, long> RollbackValues,
    SourceLocation Location)
{
    /// <summary>policy.monitors: settings for every ring's monitors (a ring's own override them field by field).</summary>
    public IReadOnlyDictionary<MonitorKind, MonitorSettings> Monitors { get; init; } = new Dictionary<MonitorKind, MonitorSettings>();

    public const string DefaultGpoNamePrefix = "SMB Hardening";
    public const int DefaultExpiryWarningDays = 14;

    /// <summary>The domain as an LDAP distinguished name: corp.contoso.com → DC=corp,DC=contoso,DC=com.</summary>
    public string DomainDn => string.Join(",", Domain.Split('.').Select(p => "DC=" + p));
}
