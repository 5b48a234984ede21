using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>
/// One row of a SIEM's readiness aggregate (schemas/readiness-aggregate.schema.json): <see cref="Count"/> events of one
/// kind between one server and one client on one UTC day, first and last seen (ticks, UTC), and the users and SPNs
/// the events named. A null server or client is a row whose events named none.
/// </summary>
internal readonly record struct AggregateRow(
    NetworkName? Server,
    NetworkName? Client,
    AuditEventDefinition Kind,
    long Count,
    long FirstTicks,
    long LastTicks,
    string[] Users,
    string[] Spns);
