using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// A typed SMB hardening audit event. Field values were looked up by name (positional values only through the
/// manifest template); any value the event did not carry is null.
/// </summary>
internal sealed record SmbAuditEvent
{
    public required AuditEventDefinition Kind { get; init; }

    public int EventId => Kind.Id;

    /// <summary>System/Version as exported (3021: 0 = without UserName, 1 = with UserName); null when not exported.</summary>
    public int? Version { get; init; }

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
    public bool? ServerRequiresSigning { get; init; }

    /// <summary>3022.</summary>
    public bool? ServerRequiresEncryption { get; init; }

    /// <summary>3022 SmbClientDoesNotSupportEncryptionType.</summary>
    public uint? EncryptionNotSupportedType { get; init; }

    /// <summary>31998: whether the client required signing.</summary>
    public bool? ClientRequiresSigning { get; init; }

    /// <summary>31999: whether the client required encryption.</summary>
    public bool? ClientRequiresEncryption { get; init; }

    /// <summary>3024 Status (HexInt32).</summary>
    public uint? Status { get; init; }

    /// <summary>3024, 3025, 3026 SPNValidationPolicy.</summary>
    public uint? SpnValidationPolicy { get; init; }

    /// <summary>3025: the SPN the client sent.</summary>
    public string? Spn { get; init; }

    /// <summary>3025.</summary>
    public bool? ServiceClassIsValid { get; init; }

    /// <summary>3025.</summary>
    public bool? PrincipalNameIsValid { get; init; }

    public DateTime? TimeUtc { get; init; }

    public bool TimeLacksOffset { get; init; }

    /// <summary>True when the export carried no event data for this event (e.g. Properties truncated by ConvertTo-Json).</summary>
    public bool DataMissing { get; init; }

    /// <summary>True when the fields came from the localised message text (last resort; less reliable).</summary>
    public bool FieldsFromMessage { get; init; }

    public EventLocation Location => Raw.Location;

    /// <summary>The record this was interpreted from.</summary>
    public required AuditEvent Raw { get; init; }
}
