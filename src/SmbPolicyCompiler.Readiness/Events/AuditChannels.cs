namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>The event log channels and providers that carry the SMB hardening audit events.</summary>
public static class AuditChannels
{
    public const string SmbServerAudit = "Microsoft-Windows-SMBServer/Audit";
    public const string SmbClientAudit = "Microsoft-Windows-SMBClient/Audit";
    public const string SmbServerProvider = "Microsoft-Windows-SMBServer";
    public const string SmbClientProvider = "Microsoft-Windows-SMBClient";

    /// <summary>Channel names are case-insensitive on Windows (exports show both SmbClient and SMBClient).</summary>
    public static bool IsAuditChannel(string channel) =>
        string.Equals(channel, SmbServerAudit, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(channel, SmbClientAudit, StringComparison.OrdinalIgnoreCase);

    internal static string ChannelOf(AuditSide side) => side == AuditSide.Server ? SmbServerAudit : SmbClientAudit;

    internal static string ProviderOf(AuditSide side) => side == AuditSide.Server ? SmbServerProvider : SmbClientProvider;
}
