namespace SmbPolicyCompiler.Readiness.Events;

internal enum CsvTarget
{
    Ignore,
    Field,
    Time,
    EventId,
    Version,
    Level,
    LevelName,
    Computer,
    RecordId,
    Channel,
    Provider,
    Message,
}
