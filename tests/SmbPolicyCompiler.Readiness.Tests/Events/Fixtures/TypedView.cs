using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;

/// <summary>The interpreted content of an audit event, for comparing what different export formats yield.</summary>
internal sealed record TypedView(
    AuditEventDefinition Kind,
    int? Version,
    string? Client,
    string? Server,
    string? UserName,
    bool? ServerRequiresSigning,
    bool? ServerRequiresEncryption,
    uint? EncryptionType,
    bool? ClientRequiresSigning,
    bool? ClientRequiresEncryption,
    uint? Status,
    uint? SpnPolicy,
    string? Spn,
    bool? ServiceClassIsValid,
    bool? PrincipalNameIsValid,
    DateTime? Time)
{
    public static TypedView Of(SmbAuditEvent e, bool timeToSeconds = false) => new(
        e.Kind, e.Version, e.Client?.Value, e.Server?.Value, e.UserName, e.ServerRequiresSigning, e.ServerRequiresEncryption,
        e.EncryptionNotSupportedType, e.ClientRequiresSigning, e.ClientRequiresEncryption, e.Status, e.SpnValidationPolicy, e.Spn,
        e.ServiceClassIsValid, e.PrincipalNameIsValid, timeToSeconds && e.TimeUtc is { } t ? t.AddTicks(-(t.Ticks % TimeSpan.TicksPerSecond)) : e.TimeUtc);

    /// <summary>What the fixture events must be read as: names normalised by hand, values from the field tables.</summary>
    public static IReadOnlyList<TypedView> Expected(bool timeToSeconds = false)
    {
        var expected = new List<TypedView>
        {
            New(AuditEvents.Smb1Access, 0, 101, "10.11.12.13", "fs01.contoso.com"),
            New(AuditEvents.Smb2ClientDoesNotSupportSigning, 0, 102, "10.1.10.20", "fs01.contoso.com") with { ServerRequiresSigning = false },
            New(AuditEvents.Smb2ClientDoesNotSupportSigning, 1, 103, "ws-0042", "fs01.contoso.com") with { UserName = @"CONTOSO\alice", ServerRequiresSigning = false },
            New(AuditEvents.Smb2ClientDoesNotSupportEncryption, 0, 104, "2001:db8::42", "fs01.contoso.com") with { ServerRequiresEncryption = false, EncryptionType = 2 },
            New(AuditEvents.InsecureGuestLogon, 0, 105, "nas01.contoso.com", "fs01.contoso.com"),
            New(AuditEvents.ClientDoesNotSupportSpn, 0, 106, "10.1.10.21", "fs01.contoso.com") with { Status = 0xC000006D, SpnPolicy = 1 },
            New(AuditEvents.ClientSentUnrecognizedSpn, 0, 107, "ws-0043", "fs01.contoso.com") with
            {
                Spn = "cifs/fs-alias.contoso.com", ServiceClassIsValid = true, PrincipalNameIsValid = false, SpnPolicy = 2,
            },
            New(AuditEvents.ClientSentEmptySpn, 0, 108, "10.1.10.22", "fs01.contoso.com") with { SpnPolicy = 1 },
            New(AuditEvents.Smb1ClientDoesNotSupportSigning, 0, 109, "legacy-xp", "fs01.contoso.com") with { ServerRequiresSigning = true },
            New(AuditEvents.ServerDoesNotSupportSigning, 0, 201, "ws-0100.contoso.com", "nas02.contoso.com") with { ClientRequiresSigning = true },
            New(AuditEvents.ServerDoesNotSupportEncryption, 0, 202, "ws-0100.contoso.com", "nas03") with { ClientRequiresEncryption = false },
        };
        return timeToSeconds ? [.. expected.Select(e => e with { Time = e.Time!.Value.AddTicks(-(e.Time.Value.Ticks % TimeSpan.TicksPerSecond)) })] : expected;
    }

    private static TypedView New(AuditEventDefinition kind, int version, long recordId, string client, string server) =>
        new(kind, version, client, server, null, null, null, null, null, null, null, null, null, null, null, AuditFixtures.Start.AddSeconds(recordId));
}
