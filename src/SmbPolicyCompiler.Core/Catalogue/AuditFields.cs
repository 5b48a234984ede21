namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// The EventData field names of the SMB audit events (jdu2600/Windows10EtwEvents manifests, 26H1 snapshot, quoted in
/// audit-events.md §1). Readers and generated monitors read fields by these names, never by message text.
/// </summary>
public static class AuditFields
{
    public const string ClientNameLength = "ClientNameLength";
    public const string ClientName = "ClientName";
    public const string ServerNameLength = "ServerNameLength";
    public const string ServerName = "ServerName";
    public const string UserNameLength = "UserNameLength";
    public const string UserName = "UserName";
    public const string ServerRequiresSigning = "ServerRequiresSigning";
    public const string ServerRequiresEncryption = "ServerRequiresEncryption";
    public const string EncryptionNotSupportedType = "SmbClientDoesNotSupportEncryptionType";
    public const string Status = "Status";
    public const string Spn = "SPN";
    public const string ServiceClassIsValid = "ServiceClassIsValid";
    public const string PrincipalNameIsValid = "PrincipalNameIsValid";
    public const string SpnValidationPolicy = "SPNValidationPolicy";
    public const string ClientRequireSigning = "ClientRequireSigning";
    public const string ClientRequireEncryption = "ClientRequireEncryption";
}
