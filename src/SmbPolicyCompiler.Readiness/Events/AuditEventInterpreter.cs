using System.Runtime.CompilerServices;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Turns a normalised record into a typed <see cref="SmbAuditEvent"/>, by field name (never by position).</summary>
internal static class AuditEventInterpreter
{
    public static RecordClass Classify(AuditEvent record) => AuditEventClassifier.Classify(record, out _);

    /// <summary>The typed event, or null when the record is not a known SMB audit event (see <see cref="Classify"/>).</summary>
    public static SmbAuditEvent? Interpret(AuditEvent record) => Interpret(record, null);

    /// <param name="record">The record.</param>
    /// <param name="names">Where a reader keeps the names it parsed, so each distinct raw name is parsed once.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static SmbAuditEvent? Interpret(AuditEvent record, NetworkNameCache? names)
    {
        if (AuditEventClassifier.Classify(record, out var template) != RecordClass.Audit || template is null)
        {
            return null;
        }

        var fields = new FieldResolver(record);
        var computer = names is null ? NetworkName.Parse(record.Computer) : names.Parse(record.Computer);
        var serverSide = template.Side == AuditSide.Server;
        var rawPeer = fields.Get(serverSide ? AuditFields.ClientName : AuditFields.ServerName);
        var peer = names is null ? NetworkName.Parse(rawPeer) : names.Parse(rawPeer);

        return new SmbAuditEvent
        {
            Kind = template.Kind,
            Version = record.Version,
            Side = template.Side,
            Computer = computer,
            Client = serverSide ? peer : computer,
            Server = serverSide ? computer : peer,
            RawPeerName = rawPeer,
            UserName = FieldValues.NonEmpty(fields.Get(AuditFields.UserName)),
            ServerRequiresSigning = fields.GetBool(AuditFields.ServerRequiresSigning),
            ServerRequiresEncryption = fields.GetBool(AuditFields.ServerRequiresEncryption),
            EncryptionNotSupportedType = fields.GetUInt(AuditFields.EncryptionNotSupportedType),
            ClientRequiresSigning = fields.GetBool(AuditFields.ClientRequireSigning),
            ClientRequiresEncryption = fields.GetBool(AuditFields.ClientRequireEncryption),
            Status = fields.GetUInt(AuditFields.Status),
            SpnValidationPolicy = fields.GetUInt(AuditFields.SpnValidationPolicy),
            Spn = FieldValues.NonEmpty(fields.Get(AuditFields.Spn)),
            ServiceClassIsValid = fields.GetBool(AuditFields.ServiceClassIsValid),
            PrincipalNameIsValid = fields.GetBool(AuditFields.PrincipalNameIsValid),
            TimeUtc = record.TimeUtc,
            TimeLacksOffset = record.TimeLacksOffset,
            DataMissing = !fields.HasAnyData,
            FieldsFromMessage = record.FieldsFromMessage,
            Raw = record,
        };
    }
}
