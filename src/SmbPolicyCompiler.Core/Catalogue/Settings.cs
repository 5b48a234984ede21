using static SmbPolicyCompiler.Core.Catalogue.GpoMechanism;
using static SmbPolicyCompiler.Core.Catalogue.Side;

namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// Every Windows setting the controls use, with its registry location, Group Policy carrier, cmdlet parameter,
/// CIM/DSC property, Intune CSP, minimum OS and what its absence means. Sources: Microsoft's Set-SmbServerConfiguration /
/// Set-SmbClientConfiguration and Policy CSP (LanmanServer, LanmanWorkstation) reference, LanmanServer.admx and
/// LanmanWorkstation.admx (Sept 2025), MS-SMB2 and MS-GPSB; docs/controls.md is generated from this table.
/// </summary>
public static class Settings
{
    private const string Csp = "./Device/Vendor/MSFT/Policy/Config/";

    /// <summary>Microsoft's Policy CSP reference; each setting cites its node's section (the page's anchor is the node name in lower case).</summary>
    private const string CspDocs = "https://learn.microsoft.com/windows/client-management/mdm/";

    public static readonly SettingDefinition AuditClientDoesNotSupportSigning = new()
    {
        Id = "server.AuditClientDoesNotSupportSigning", Side = Server, ValueName = "AuditClientDoesNotSupportSigning",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Server: Audit client does not support signing",
        PowerShell = PowerShellParameter.Server("AuditClientDoesNotSupportSigning"), CimProperty = "AuditClientDoesNotSupportSigning",
        IntuneCsp = Csp + "LanmanServer/AuditClientDoesNotSupportSigning", MinimumOs = OsRequirement.AuditUpdate2025,
        IntuneCspReference = CspDocs + "policy-csp-lanmanserver#auditclientdoesnotsupportsigning",
        RelaxedValue = 0, Absent = AbsentValue.Default(0, "not audited"),
    };

    public static readonly SettingDefinition ServerRequireSecuritySignature = new()
    {
        Id = "server.RequireSecuritySignature", Side = Server, ValueName = "RequireSecuritySignature",
        Mechanism = SecurityOption, GpoName = "Microsoft network server: Digitally sign communications (always)",
        PowerShell = PowerShellParameter.Server("RequireSecuritySignature"), CimProperty = "RequireSecuritySignature", DscProperty = "RequireSecuritySignature",
        IntuneCsp = Csp + "LocalPoliciesSecurityOptions/MicrosoftNetworkServer_DigitallySignCommunicationsAlways", MinimumOs = OsRequirement.Windows7,
        IntuneCspReference = CspDocs + "policy-csp-localpoliciessecurityoptions#microsoftnetworkserver_digitallysigncommunicationsalways",
        RelaxedValue = 0,
        Absent = new AbsentValue(0, 26100, "not required before build 26100; from Windows 11 24H2 / Server 2025 the OS may require signing by default (licensing value), so read Get-SmbServerConfiguration"),
    };

    public static readonly SettingDefinition AuditClientSpnSupport = new()
    {
        Id = "server.AuditClientSpnSupport", Side = Server, ValueName = "AuditClientSpnSupport",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Server: Audit SMB client SPN support",
        MinimumOs = OsRequirement.AuditUpdate2025, RelaxedValue = 0, Absent = AbsentValue.Default(0, "not audited"),
    };

    public static readonly SettingDefinition SmbServerNameHardeningLevel = new()
    {
        Id = "server.SmbServerNameHardeningLevel", Side = Server, ValueName = "SmbServerNameHardeningLevel",
        Mechanism = SecurityOption, GpoName = "Microsoft network server: Server SPN target name validation level",
        GpoChoices = ["Off", "Accept if provided by client", "Required from client"],
        PowerShell = PowerShellParameter.Server("SmbServerNameHardeningLevel", PowerShellValueKind.Number), CimProperty = "SmbServerNameHardeningLevel",
        DscProperty = "SmbServerNameHardeningLevel", MinimumOs = OsRequirement.Windows7,
        RelaxedValue = 0, Absent = AbsentValue.Default(0, "SPN not checked"),
    };

    public static readonly SettingDefinition AuditClientDoesNotSupportEncryption = new()
    {
        Id = "server.AuditClientDoesNotSupportEncryption", Side = Server, ValueName = "AuditClientDoesNotSupportEncryption",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Server: Audit client does not support encryption",
        PowerShell = PowerShellParameter.Server("AuditClientDoesNotSupportEncryption"), CimProperty = "AuditClientDoesNotSupportEncryption",
        IntuneCsp = Csp + "LanmanServer/AuditClientDoesNotSupportEncryption", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanserver#auditclientdoesnotsupportencryption",
        RelaxedValue = 0, Absent = AbsentValue.Default(0, "not audited"),
    };

    public static readonly SettingDefinition EncryptData = new()
    {
        Id = "server.EncryptData", Side = Server, ValueName = "EncryptData",
        Mechanism = ServicesRegistryPol, GpoName = "registry value (no ADMX policy)",
        PowerShell = PowerShellParameter.Server("EncryptData"), CimProperty = "EncryptData", DscProperty = "EncryptData",
        MinimumOs = OsRequirement.Windows8, RelaxedValue = 0, Absent = AbsentValue.Default(0, "not encrypted"),
    };

    public static readonly SettingDefinition RejectUnencryptedAccess = new()
    {
        Id = "server.RejectUnencryptedAccess", Side = Server, ValueName = "RejectUnencryptedAccess",
        Mechanism = ServicesRegistryPol, GpoName = "registry value (no ADMX policy)",
        PowerShell = PowerShellParameter.Server("RejectUnencryptedAccess"), CimProperty = "RejectUnencryptedAccess", DscProperty = "RejectUnencryptedAccess",
        MinimumOs = OsRequirement.Windows8, RelaxedValue = 1, Absent = AbsentValue.Default(1, "absent means reject unencrypted access (true)"),
    };

    public static readonly SettingDefinition AuditSmb1Access = new()
    {
        Id = "server.AuditSmb1Access", Side = Server, ValueName = "AuditSmb1Access",
        Mechanism = ServicesRegistryPol, GpoName = "registry value (no ADMX policy)",
        PowerShell = PowerShellParameter.Server("AuditSmb1Access"), CimProperty = "AuditSmb1Access", DscProperty = "AuditSmb1Access",
        MinimumOs = OsRequirement.Windows10, RelaxedValue = 0, Absent = AbsentValue.Default(0, "not audited"),
    };

    public static readonly SettingDefinition Smb1 = new()
    {
        Id = "server.SMB1", Side = Server, ValueName = "SMB1",
        Mechanism = ServicesRegistryPol, GpoName = "MS Security Guide: Configure SMB v1 server",
        PowerShell = PowerShellParameter.Server("EnableSMB1Protocol"), CimProperty = "EnableSMB1Protocol", DscProperty = "EnableSMB1Protocol",
        MinimumOs = OsRequirement.Windows7, RebootRequired = true,
        RelaxedValue = 1, Absent = AbsentValue.Default(1, "absent means SMB1 enabled (no registry key is created by default)"),
    };

    public static readonly SettingDefinition ServerAuditInsecureGuestLogon = new()
    {
        Id = "server.AuditInsecureGuestLogon", Side = Server, ValueName = "AuditInsecureGuestLogon",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Server: Audit insecure guest logon",
        PowerShell = PowerShellParameter.Server("AuditInsecureGuestLogon"), CimProperty = "AuditInsecureGuestLogon",
        IntuneCsp = Csp + "LanmanServer/AuditInsecureGuestLogon", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanserver#auditinsecureguestlogon",
        RelaxedValue = 0, Absent = AbsentValue.Default(0, "not audited"),
    };

    public static readonly SettingDefinition EnableAuthRateLimiter = new()
    {
        Id = "server.EnableAuthRateLimiter", Side = Server, ValueName = "EnableAuthRateLimiter",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Server: Enable authentication rate limiter",
        IntuneCsp = Csp + "LanmanServer/EnableAuthRateLimiter", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanserver#enableauthratelimiter",
        RelaxedValue = 0, Absent = AbsentValue.Default(1, "enabled by default on builds that have the rate limiter"),
    };

    public static readonly SettingDefinition InvalidAuthenticationDelayTimeInMs = new()
    {
        Id = "server.InvalidAuthenticationDelayTimeInMs", Side = Server, ValueName = "InvalidAuthenticationDelayTimeInMs",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Server: Set authentication rate limiter delay (milliseconds)",
        PowerShell = PowerShellParameter.Server("InvalidAuthenticationDelayTimeInMs", PowerShellValueKind.Number), CimProperty = "InvalidAuthenticationDelayTimeInMs",
        IntuneCsp = Csp + "LanmanServer/AuthRateLimiterDelayInMs", IntuneInteger = true, MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanserver#authratelimiterdelayinms",
        RelaxedValue = 0, Absent = AbsentValue.Default(2000, "2000 ms by default"),
    };

    public static readonly SettingDefinition ServerMinSmb2Dialect = new()
    {
        Id = "server.MinSmb2Dialect", Side = Server, ValueName = "MinSmb2Dialect",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Server: Mandate the minimum version of SMB",
        PowerShell = PowerShellParameter.Server("Smb2DialectMin", PowerShellValueKind.Dialect), CimProperty = "Smb2DialectMin",
        IntuneCsp = Csp + "LanmanServer/MinSmb2Dialect", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanserver#minsmb2dialect",
        RelaxedValue = 514, Absent = AbsentValue.Default(514, "no minimum (SMB 2.0.2)"),
    };

    public static readonly SettingDefinition AuditServerDoesNotSupportSigning = new()
    {
        Id = "client.AuditServerDoesNotSupportSigning", Side = Client, ValueName = "AuditServerDoesNotSupportSigning",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Workstation: Audit server does not support signing",
        PowerShell = PowerShellParameter.Client("AuditServerDoesNotSupportSigning"), CimProperty = "AuditServerDoesNotSupportSigning",
        IntuneCsp = Csp + "LanmanWorkstation/AuditServerDoesNotSupportSigning", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanworkstation#auditserverdoesnotsupportsigning",
        RelaxedValue = 0, Absent = AbsentValue.Default(0, "not audited"),
    };

    public static readonly SettingDefinition ClientRequireSecuritySignature = new()
    {
        Id = "client.RequireSecuritySignature", Side = Client, ValueName = "RequireSecuritySignature",
        Mechanism = SecurityOption, GpoName = "Microsoft network client: Digitally sign communications (always)",
        PowerShell = PowerShellParameter.Client("RequireSecuritySignature"), CimProperty = "RequireSecuritySignature",
        IntuneCsp = Csp + "LocalPoliciesSecurityOptions/MicrosoftNetworkClient_DigitallySignCommunicationsAlways", MinimumOs = OsRequirement.Windows7,
        IntuneCspReference = CspDocs + "policy-csp-localpoliciessecurityoptions#microsoftnetworkclient_digitallysigncommunicationsalways",
        RelaxedValue = 0,
        Absent = new AbsentValue(0, 26100, "not required before build 26100; Windows 11 24H2 requires outbound signing by default, so read Get-SmbClientConfiguration"),
    };

    public static readonly SettingDefinition AuditServerDoesNotSupportEncryption = new()
    {
        Id = "client.AuditServerDoesNotSupportEncryption", Side = Client, ValueName = "AuditServerDoesNotSupportEncryption",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Workstation: Audit server does not support encryption",
        PowerShell = PowerShellParameter.Client("AuditServerDoesNotSupportEncryption"), CimProperty = "AuditServerDoesNotSupportEncryption",
        IntuneCsp = Csp + "LanmanWorkstation/AuditServerDoesNotSupportEncryption", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanworkstation#auditserverdoesnotsupportencryption",
        RelaxedValue = 0, Absent = AbsentValue.Default(0, "not audited"),
    };

    public static readonly SettingDefinition ClientRequireEncryption = new()
    {
        Id = "client.RequireEncryption", Side = Client, ValueName = "RequireEncryption",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Workstation: Require Encryption",
        PowerShell = PowerShellParameter.Client("RequireEncryption"), CimProperty = "RequireEncryption",
        IntuneCsp = Csp + "LanmanWorkstation/RequireEncryption", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanworkstation#requireencryption",
        RelaxedValue = 0, Absent = AbsentValue.Default(0, "encryption not required"),
    };

    public static readonly SettingDefinition ClientAuditInsecureGuestLogon = new()
    {
        Id = "client.AuditInsecureGuestLogon", Side = Client, ValueName = "AuditInsecureGuestLogon",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Workstation: Audit insecure guest logon",
        PowerShell = PowerShellParameter.Client("AuditInsecureGuestLogon"), CimProperty = "AuditInsecureGuestLogon",
        IntuneCsp = Csp + "LanmanWorkstation/AuditInsecureGuestLogon", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanworkstation#auditinsecureguestlogon",
        RelaxedValue = 0, Absent = AbsentValue.Default(0, "not audited"),
    };

    public static readonly SettingDefinition AllowInsecureGuestAuth = new()
    {
        Id = "client.AllowInsecureGuestAuth", Side = Client, ValueName = "AllowInsecureGuestAuth",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Workstation: Enable insecure guest logons",
        PowerShell = PowerShellParameter.Client("EnableInsecureGuestLogons"), CimProperty = "EnableInsecureGuestLogons",
        IntuneCsp = Csp + "LanmanWorkstation/EnableInsecureGuestLogons", MinimumOs = OsRequirement.Windows10,
        IntuneCspReference = CspDocs + "policy-csp-lanmanworkstation#enableinsecureguestlogons",
        RelaxedValue = 1, Absent = AbsentValue.Unknown("the default depends on the Windows edition and version; read Get-SmbClientConfiguration"),
    };

    public static readonly SettingDefinition ClientMinSmb2Dialect = new()
    {
        Id = "client.MinSmb2Dialect", Side = Client, ValueName = "MinSmb2Dialect",
        Mechanism = AdministrativeTemplate, GpoName = "Lanman Workstation: Mandate the minimum version of SMB",
        PowerShell = PowerShellParameter.Client("Smb2DialectMin", PowerShellValueKind.Dialect), CimProperty = "Smb2DialectMin",
        IntuneCsp = Csp + "LanmanWorkstation/MinSmb2Dialect", MinimumOs = OsRequirement.Windows11V24H2,
        IntuneCspReference = CspDocs + "policy-csp-lanmanworkstation#minsmb2dialect",
        RelaxedValue = 514, Absent = AbsentValue.Default(514, "no minimum (SMB 2.0.2)"),
    };
}
