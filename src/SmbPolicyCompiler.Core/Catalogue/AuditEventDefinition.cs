namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// An SMB hardening audit event: its id, the manifest's event name, the end of the connection that logs it
/// (SMBServer/Audit events are logged by the server, SMBClient/Audit events by the client) and its template versions.
/// </summary>
public sealed record AuditEventDefinition(int Id, string Name, Side LoggedBy, IReadOnlyList<AuditEventVersion> Versions)
{
    public string Channel => LoggedBy == Side.Server ? AuditEvents.ServerChannel : AuditEvents.ClientChannel;

    public string Provider => LoggedBy == Side.Server ? AuditEvents.ServerProvider : AuditEvents.ClientProvider;

    /// <summary>The field that names the other end of the connection: ClientName on servers, ServerName on clients.</summary>
    public string PeerField => LoggedBy == Side.Server ? AuditFields.ClientName : AuditFields.ServerName;

    public override string ToString() => $"{Id} {Name}";
}
