namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>The columns of a readiness aggregate (schemas/readiness-aggregate.schema.json), in the schema's order.</summary>
internal enum AggregateColumn
{
    Server,
    Client,
    EventId,
    Day,
    Count,
    FirstSeen,
    LastSeen,
    Users,
    Spns,
    Ring,
    Group,
}
