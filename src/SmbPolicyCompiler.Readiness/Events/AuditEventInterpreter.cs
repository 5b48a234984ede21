using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Turns a normalised record into a typed <see cref="SmbAuditEvent"/>, by field name (never by position).</summary>
public static class AuditEventInterpreter
{
    public static RecordClass Classify(AuditEvent record) => AuditEventClassifier.Classify(record, out _);

    /// <summary>The typed event, or null when the record is not a known SMB audit event (see <see cref="Classify"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SmbAuditEvent? Interpret(AuditEvent record)
    {
        if (AuditEventClassifier.Classify(record, out var template) != RecordClass.Audit || template is null)
        {
            return null;
        }

        var fields = new FieldResolver(record);
        var computer = NetworkName.Parse(record.Computer);
        var serverSide = template.Side == AuditSide.Server;
        var rawPeer = fields.Get(serverSide ? "ClientName" : "ServerName");
        var peer = NetworkName.Parse(rawPeer);

        return new SmbAuditEvent
        {
            Kind = template.Kind,
            Version = record.Version,
            Side = template.Side,
            Computer = computer,
            Client = serverSide ? peer : computer,
            Server = serverSide ? computer : peer,
            RawPeerName = rawPeer,
            UserName = FieldValues.NonEmpty(fields.Get("UserName")),
            ServerRequiresSigning = fields.GetBool("ServerRequiresSigning"),
            ServerRequiresEncryption = fields.GetBool("ServerRequiresEncryption"),
            EncryptionNotSupportedType = fields.GetUInt("SmbClientDoesNotSupportEncryptionType"),
            ClientRequiresSigning = fields.GetBool("ClientRequireSigning"),
            ClientRequiresEncryption = fields.GetBool("ClientRequireEncryption"),
            Status = fields.GetUInt("Status"),
            SpnValidationPolicy = fields.GetUInt("SPNValidationPolicy"),
            Spn = FieldValues.NonEmpty(fields.Get("SPN")),
            ServiceClassIsValid = fields.GetBool("ServiceClassIsValid"),
            PrincipalNameIsValid = fields.GetBool("PrincipalNameIsValid"),
            TimeUtc = record.TimeUtc,
            TimeLacksOffset = record.TimeLacksOffset,
            DataMissing = !fields.HasAnyData,
            FieldsFromMessage = record.FieldsFromMessage,
            Raw = record,
        };
    }
}
