using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>The event log channels and providers that carry the SMB hardening audit events.</summary>
internal static class AuditChannels
{
    public const string SmbServerAudit = AuditEvents.ServerChannel;
    public const string SmbClientAudit = AuditEvents.ClientChannel;
    public const string SmbServerProvider = AuditEvents.ServerProvider;
    public const string SmbClientProvider = AuditEvents.ClientProvider;

    /// <summary>Channel names are case-insensitive on Windows (exports show both SmbClient and SMBClient).</summary>
    public static bool IsAuditChannel(string channel) =>
        string.Equals(channel, SmbServerAudit, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(channel, SmbClientAudit, StringComparison.OrdinalIgnoreCase);

    internal static string ChannelOf(AuditSide side) => side == AuditSide.Server ? SmbServerAudit : SmbClientAudit;

    internal static string ProviderOf(AuditSide side) => side == AuditSide.Server ? SmbServerProvider : SmbClientProvider;
}
