namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// An SMB hardening audit event: its id, the manifest's event name, and the end of the connection that logs it
/// (SMBServer/Audit events are logged by the server, SMBClient/Audit events by the client).
/// </summary>
public sealed record AuditEventDefinition(int Id, string Name, Side LoggedBy)
{
    public string Channel => LoggedBy == Side.Server ? AuditEvents.ServerChannel : AuditEvents.ClientChannel;

    public string Provider => LoggedBy == Side.Server ? AuditEvents.ServerProvider : AuditEvents.ClientProvider;

    public override string ToString() => $"{Id} {Name}";
}
