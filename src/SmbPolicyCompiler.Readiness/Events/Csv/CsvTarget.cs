namespace SmbPolicyCompiler.Readiness.Events;

internal enum CsvTarget
{
    Ignore,
    Field,
    Time,
    EventId,
    Version,
    Computer,
    RecordId,
    Channel,
    Provider,
    Message,
}
