using static SmbPolicyCompiler.Core.Catalogue.Settings;
using static SmbPolicyCompiler.Core.Catalogue.StageKind;

namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// The controls catalogue: for each control and stage, the concrete settings it means. Every back end, the drift
/// checker, readiness and docs/controls.md read this one table; a setting is added here and nowhere else.
/// Later stages repeat the audit values so that auditing continues after enforcement.
/// </summary>
public static class ControlCatalogue
{
    public const string ServerSigning = "serverSigning";
    public const string SpnValidation = "spnValidation";
    public const string ServerEncryption = "serverEncryption";
    public const string Smb1Server = "smb1Server";
    public const string InsecureGuestLogons = "insecureGuestLogons";
    public const string ClientSigning = "clientSigning";
    public const string ClientEncryption = "clientEncryption";
    public const string AuthRateLimiter = "authRateLimiter";
    public const string MinimumDialect = "minimumDialect";

    /// <summary>The policy parameter that gives the rate limiter's delay (policy.settings.authRateLimiterDelayMs).</summary>
    public const string RateLimiterDelayParameter = "authRateLimiterDelayMs";

    public static IReadOnlyList<ControlDefinition> All { get; } =
    [
        new(ServerSigning, "Server signing", "SMB servers require every client to sign its messages.", [Side.Server],
        [
            new("off", Initial, 0, "not managed", []),
            new("audit", Audit, 1, "log clients that cannot sign (events 3021, 3027)", [Set(AuditClientDoesNotSupportSigning, 1)]),
            new("enforce", Enforce, 2, "require signing", [Set(AuditClientDoesNotSupportSigning, 1), Set(ServerRequireSecuritySignature, 1)],
                [SambaOption.Server("server signing", "mandatory", ServerRequireSecuritySignature)]),
        ],
        [
            new(AuditEvents.Smb2ClientDoesNotSupportSigning, false, "an SMB2/3 client does not support signing"),
            new(AuditEvents.Smb1ClientDoesNotSupportSigning, true, "an SMB1 client does not support signing (Microsoft: may give false positives and negatives)"),
        ]),
        new(SpnValidation, "SPN validation (EPA)", "SMB servers check the service principal name a client authenticates to (Extended Protection).", [Side.Server],
        [
            new("off", Initial, 0, "not managed", []),
            new("audit", Audit, 1, "log clients that send no, an empty or an unknown SPN (events 3024-3026)", [Set(AuditClientSpnSupport, 1)]),
            new("accept-if-provided", Enforce, 2, "reject clients that send a wrong SPN; allow clients that send none (level 1)", [Set(AuditClientSpnSupport, 1), Set(SmbServerNameHardeningLevel, 1)]),
            new("required", Enforce, 3, "only allow clients that send a matching SPN (level 2)", [Set(AuditClientSpnSupport, 1), Set(SmbServerNameHardeningLevel, 2)]),
        ],
        [
            new(AuditEvents.ClientDoesNotSupportSpn, false, "the client sent no SPN"),
            new(AuditEvents.ClientSentUnrecognizedSpn, false, "the client sent an SPN the server does not recognise"),
            new(AuditEvents.ClientSentEmptySpn, false, "the client sent an empty SPN"),
        ]),
        new(ServerEncryption, "Server encryption", "SMB servers encrypt every session and reject clients that cannot.", [Side.Server],
        [
            new("off", Initial, 0, "not managed", []),
            new("audit", Audit, 1, "log clients that cannot encrypt (event 3022)", [Set(AuditClientDoesNotSupportEncryption, 1)]),
            new("require", Enforce, 2, "encrypt all shares and reject unencrypted access",
                [Set(AuditClientDoesNotSupportEncryption, 1), Set(EncryptData, 1), Set(RejectUnencryptedAccess, 1)],
                [SambaOption.Server("server smb encrypt", "required", EncryptData, RejectUnencryptedAccess)]),
        ],
        [new(AuditEvents.Smb2ClientDoesNotSupportEncryption, false, "the client does not support encryption")]),
        new(Smb1Server, "SMB1 server", "SMB servers stop accepting SMB1.", [Side.Server],
        [
            new("enabled", Initial, 0, "not managed", []),
            new("audit", Audit, 1, "log clients that use SMB1 (event 3000)", [Set(AuditSmb1Access, 1)]),
            new("disabled", Enforce, 2, "refuse SMB1 (reboot required)", [Set(AuditSmb1Access, 1), Set(Smb1, 0)],
                [SambaOption.MinProtocol(Side.Server, Dialects.Smb202, Smb1)]),
        ],
        [new(AuditEvents.Smb1Access, false, "the client used SMB1")]),
        new(InsecureGuestLogons, "Insecure guest logons", "Clients stop using unauthenticated guest access to SMB shares; servers audit it.", [Side.Server, Side.Client],
        [
            new("allowed", Initial, 0, "not managed", []),
            new("audit", Audit, 1, "log insecure guest logons (event 3023 on servers)", [Set(ServerAuditInsecureGuestLogon, 1), Set(ClientAuditInsecureGuestLogon, 1)]),
            new("blocked", Enforce, 2, "clients refuse insecure guest logons",
                [Set(ServerAuditInsecureGuestLogon, 1), Set(ClientAuditInsecureGuestLogon, 1), Set(AllowInsecureGuestAuth, 0)]),
        ],
        [new(AuditEvents.InsecureGuestLogon, false, "a client logged on as an insecure guest")]),
        new(ClientSigning, "Client signing", "SMB clients require servers to sign.", [Side.Client],
        [
            new("off", Initial, 0, "not managed", []),
            new("audit", Audit, 1, "log servers that cannot sign (event 31998)", [Set(AuditServerDoesNotSupportSigning, 1)]),
            new("enforce", Enforce, 2, "require signing", [Set(AuditServerDoesNotSupportSigning, 1), Set(ClientRequireSecuritySignature, 1)],
                [SambaOption.Client("client signing", "required", ClientRequireSecuritySignature)]),
        ],
        [new(AuditEvents.ServerDoesNotSupportSigning, false, "the server does not support signing")]),
        new(ClientEncryption, "Client encryption", "SMB clients require servers to encrypt.", [Side.Client],
        [
            new("off", Initial, 0, "not managed", []),
            new("audit", Audit, 1, "log servers that cannot encrypt (event 31999)", [Set(AuditServerDoesNotSupportEncryption, 1)]),
            new("require", Enforce, 2, "require encryption", [Set(AuditServerDoesNotSupportEncryption, 1), Set(ClientRequireEncryption, 1)],
                [SambaOption.Client("client smb encrypt", "required", ClientRequireEncryption)]),
        ],
        [new(AuditEvents.ServerDoesNotSupportEncryption, false, "the server does not support encryption")]),
        new(AuthRateLimiter, "Authentication rate limiter", "SMB servers delay each failed authentication (policy.settings.authRateLimiterDelayMs, default 2000).", [Side.Server],
        [
            new("off", Initial, 0, "not managed", []),
            new("on", Enforce, 1, "delay failed authentications",
                [Set(EnableAuthRateLimiter, 1), new SettingAssignment(InvalidAuthenticationDelayTimeInMs, SettingValue.FromParameter(RateLimiterDelayParameter))]),
        ],
        []),
        new(MinimumDialect, "Minimum SMB dialect", "Servers and clients refuse SMB2+ dialects older than the stage names.", [Side.Server, Side.Client],
        [
            new("none", Initial, 0, "not managed", []),
            .. Dialects.All.Select((d, i) => new StageDefinition(d.Name, Enforce, i + 1, $"SMB {d.Version} or later",
                [Set(ServerMinSmb2Dialect, d.Value), Set(ClientMinSmb2Dialect, d.Value)],
                [SambaOption.MinProtocol(Side.Server, d, ServerMinSmb2Dialect), SambaOption.MinProtocol(Side.Client, d, ClientMinSmb2Dialect)])),
        ],
        []),
    ];

    public static ControlDefinition? Find(string key) => All.FirstOrDefault(c => c.Key == key);

    public static ControlDefinition Get(string key) => Find(key) ?? throw new ArgumentException($"no control '{key}'", nameof(key));

    public static IEnumerable<SettingDefinition> AllSettings => All.SelectMany(c => c.AllSettings).Distinct();

    private static SettingAssignment Set(SettingDefinition setting, long value) => new(setting, SettingValue.Of(value));
}
