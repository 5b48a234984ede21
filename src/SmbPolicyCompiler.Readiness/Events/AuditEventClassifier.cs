using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Decides whether a record is an SMB audit event by channel and event id; when an export does not record the
/// channel (admin-made CSV), the provider, if any, must match the side the event id belongs to.
/// </summary>
internal static class AuditEventClassifier
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RecordClass Classify(AuditEvent record, out EventTemplate? template)
    {
        template = EventTemplates.TryGetVersions(record.EventId, out var versions) ? versions[0] : null;
        if (record.Channel.Length > 0)
        {
            if (!AuditChannels.IsAuditChannel(record.Channel))
            {
                return RecordClass.OtherChannel;
            }

            var sameChannel = template is not null &&
                string.Equals(record.Channel, AuditChannels.ChannelOf(template.Side), StringComparison.OrdinalIgnoreCase);
            return sameChannel ? RecordClass.Audit : RecordClass.UnknownAuditEvent;
        }

        if (template is not null)
        {
            return ProviderFits(record.Provider, template.Side) ? RecordClass.Audit : RecordClass.OtherChannel;
        }

        var smbProvider = record.Provider.Length == 0 ||
            ProviderFits(record.Provider, AuditSide.Server) || ProviderFits(record.Provider, AuditSide.Client);
        return smbProvider ? RecordClass.UnknownAuditEvent : RecordClass.OtherChannel;
    }

    /// <summary>The channel to use for counting and deduplication: the recorded one, else the one the event id implies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string EffectiveChannel(AuditEvent record)
    {
        if (record.Channel.Length > 0)
        {
            return record.Channel;
        }

        return EventTemplates.TryGetVersions(record.EventId, out var versions) && ProviderFits(record.Provider, versions[0].Side)
            ? AuditChannels.ChannelOf(versions[0].Side)
            : string.Empty;
    }

    private static bool ProviderFits(string provider, AuditSide side) =>
        provider.Length == 0 || string.Equals(provider, AuditChannels.ProviderOf(side), StringComparison.OrdinalIgnoreCase);
}
