using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// A typed SMB hardening audit event. Field values were looked up by name (positional values only through the
/// manifest template); any value the event did not carry is null.
/// </summary>
internal sealed record SmbAuditEvent
{
    private const int ServerSigningBits = 0;
    private const int ServerEncryptionBits = 2;
    private const int ClientSigningBits = 4;
    private const int ClientEncryptionBits = 6;
    private const int ServiceClassBits = 8;
    private const int PrincipalNameBits = 10;
    private const int HasVersion = 12;
    private const int HasEncryptionType = 13;
    private const int HasStatus = 14;
    private const int HasSpnPolicy = 15;
    private const int HasTime = 16;
    private const int TimeLacksOffsetBit = 17;
    private const int DataMissingBit = 18;
    private const int FromMessageBit = 19;
    private PackedFlags _flags;
    private int _version;
    private uint _encryptionType;
    private uint _status;
    private uint _spnPolicy;
    private DateTime _time;

    public required AuditEventDefinition Kind { get; init; }

    public int EventId => Kind.Id;

    /// <summary>System/Version as exported (3021: 0 = without UserName, 1 = with UserName); null when not exported.</summary>
    public int? Version
    {
        get => _flags.ValueIf(HasVersion, _version);
        init => _version = _flags.Store(HasVersion, value);
    }

    public required AuditSide Side { get; init; }

    /// <summary>The machine that logged the event (server for SMBServer events, client for SMBClient events).</summary>
    public NetworkName? Computer { get; init; }

    /// <summary>The SMB client: ClientName for server-side events, the logging computer for client-side events.</summary>
    public NetworkName? Client { get; init; }

    /// <summary>The SMB server: the logging computer for server-side events, ServerName for client-side events.</summary>
    public NetworkName? Server { get; init; }

    /// <summary>The peer name exactly as the event carried it (ClientName or ServerName), for messages.</summary>
    public string? RawPeerName { get; init; }

    /// <summary>3021 version 1 only.</summary>
    public string? UserName { get; init; }

    /// <summary>3021, 3027: whether the server already required signing when it logged.</summary>
    public bool? ServerRequiresSigning { get => _flags.Nullable(ServerSigningBits); init => _flags.SetNullable(ServerSigningBits, value); }

    /// <summary>3022.</summary>
    public bool? ServerRequiresEncryption { get => _flags.Nullable(ServerEncryptionBits); init => _flags.SetNullable(ServerEncryptionBits, value); }

    /// <summary>3022 SmbClientDoesNotSupportEncryptionType.</summary>
    public uint? EncryptionNotSupportedType
    {
        get => _flags.ValueIf(HasEncryptionType, _encryptionType);
        init => _encryptionType = _flags.Store(HasEncryptionType, value);
    }

    /// <summary>31998: whether the client required signing.</summary>
    public bool? ClientRequiresSigning { get => _flags.Nullable(ClientSigningBits); init => _flags.SetNullable(ClientSigningBits, value); }

    /// <summary>31999: whether the client required encryption.</summary>
    public bool? ClientRequiresEncryption { get => _flags.Nullable(ClientEncryptionBits); init => _flags.SetNullable(ClientEncryptionBits, value); }

    /// <summary>3024 Status (HexInt32).</summary>
    public uint? Status
    {
        get => _flags.ValueIf(HasStatus, _status);
        init => _status = _flags.Store(HasStatus, value);
    }

    /// <summary>3024, 3025, 3026 SPNValidationPolicy.</summary>
    public uint? SpnValidationPolicy
    {
        get => _flags.ValueIf(HasSpnPolicy, _spnPolicy);
        init => _spnPolicy = _flags.Store(HasSpnPolicy, value);
    }

    /// <summary>3025: the SPN the client sent.</summary>
    public string? Spn { get; init; }

    /// <summary>3025.</summary>
    public bool? ServiceClassIsValid { get => _flags.Nullable(ServiceClassBits); init => _flags.SetNullable(ServiceClassBits, value); }

    /// <summary>3025.</summary>
    public bool? PrincipalNameIsValid { get => _flags.Nullable(PrincipalNameBits); init => _flags.SetNullable(PrincipalNameBits, value); }

    public DateTime? TimeUtc
    {
        get => _flags.ValueIf(HasTime, _time);
        init => _time = _flags.Store(HasTime, value);
    }

    public bool TimeLacksOffset { get => _flags.IsSet(TimeLacksOffsetBit); init => _flags.Set(TimeLacksOffsetBit, value); }

    /// <summary>True when the export carried no event data for this event (e.g. Properties truncated by ConvertTo-Json).</summary>
    public bool DataMissing { get => _flags.IsSet(DataMissingBit); init => _flags.Set(DataMissingBit, value); }

    /// <summary>True when the fields came from the localised message text (last resort; less reliable).</summary>
    public bool FieldsFromMessage { get => _flags.IsSet(FromMessageBit); init => _flags.Set(FromMessageBit, value); }

    public EventLocation Location => Raw.Location;

    /// <summary>The record this was interpreted from.</summary>
    public required AuditEvent Raw { get; init; }
}
