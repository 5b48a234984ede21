using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The shape of <c>smbpol readiness --format json</c>; property order is the output's. The long lists are lazy
/// sequences over the report, so the serializer maps each client as it writes it and memory does not grow with them.
/// </summary>
internal sealed record ReadinessJsonDocument(
    string Policy,
    string AsOf,
    string? Ring,
    bool InputComplete,
    bool GatedRingNotReady,
    ReadinessJsonInput Input,
    IEnumerable<ReadinessJsonRing> Rings,
    ReadinessJsonAlerts Alerts,
    IEnumerable<ReadinessJsonComputer> Computers,
    IEnumerable<ReadinessJsonClient> Clients);

internal sealed record ReadinessJsonInput(
    bool Complete,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Cautions,
    long RecordsRead,
    long DuplicatesRemoved,
    long NotDeduplicable,
    long AuditEvents,
    [property: JsonConverter(typeof(CountsAsObject))] IEnumerable<KeyValuePair<string, long>> AuditEventsById,
    IEnumerable<ReadinessJsonEventCount> UnknownEvents,
    IEnumerable<ReadinessJsonEventCount> OtherChannelEvents,
    long MalformedRecords,
    long DataMissing,
    long FieldsFromMessage,
    long TimesWithoutOffset,
    long EventsWithoutComputer,
    long EventsWithoutClient,
    long EventsWithoutTime,
    long EventsFromUnknownComputers,
    int UnknownComputers,
    string? Inventory,
    int InventoryClients,
    IEnumerable<ReadinessJsonFile> Files,
    IEnumerable<ReadinessJsonReadProblem> ReadProblems,
    long ReadProblemsNotListed);

internal sealed record ReadinessJsonEventCount(string? Channel, int EventId, long Count);

internal sealed record ReadinessJsonFile(
    string Path,
    string? Format,
    bool Compressed,
    long Records,
    long AuditRecords,
    long MalformedRecords,
    string Outcome,
    string? Note);

internal sealed record ReadinessJsonReadProblem(string Kind, string File, long Line, string Message);

internal sealed record ReadinessJsonRing(
    string Name,
    int Order,
    int Hosts,
    int HostsWithEvents,
    IEnumerable<ReadinessJsonControl> Controls,
    IEnumerable<ReadinessJsonDay> EventsPerDay);

internal sealed record ReadinessJsonDay(
    string Day,
    long Events,
    [property: JsonConverter(typeof(CountsAsObject))] IEnumerable<KeyValuePair<string, long>> ByEventId);

internal sealed record ReadinessJsonControl(
    string Control,
    string Title,
    string Stage,
    string Verdict,
    string Summary,
    IReadOnlyList<string> Reasons,
    bool LowConfidenceOnly,
    string Direction,
    string DirectionText,
    ReadinessJsonGate Gate,
    string? NextStage,
    string? AuditSince,
    int? AuditDays,
    string? EnforcedSince,
    IReadOnlyList<int> EvidenceEventIds,
    int RingHosts,
    int RingHostsWithEvents,
    long Events,
    int ClientsSeen,
    int InventoryClientsAdded,
    int Denominator,
    int BlockingClients,
    double? PercentReady,
    string? FirstEvent,
    string? LastEvent,
    int DaysWithEvents,
    IEnumerable<ReadinessJsonBurnDownDay> BurnDown,
    IEnumerable<ReadinessJsonBlocking> Blocking,
    IEnumerable<ReadinessJsonHeldBack> HeldBack);

internal sealed record ReadinessJsonGate(
    bool Gated,
    int? MinAuditDays,
    double? ReadinessPercent,
    int? MaxIncompatibleClients,
    int EffectiveMaxIncompatibleClients,
    double EffectiveMinReportingPercent,
    int EffectiveMinDaysOfData);

internal sealed record ReadinessJsonBurnDownDay(string Day, int Blocking, bool Reported);

internal sealed record ReadinessJsonBlocking(
    string Client,
    string? PolicyHost,
    [property: JsonConverter(typeof(CountsAsObject))] IEnumerable<KeyValuePair<string, long>> Evidence,
    long Events,
    bool LowConfidenceOnly,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyList<string> Servers,
    IReadOnlyList<string> Users,
    IReadOnlyList<string> Spns,
    ReadinessJsonInventory? Inventory);

internal sealed record ReadinessJsonHeldBack(string Host, string Exception, string HeldAt, long EvidenceEvents, IReadOnlyList<string> Clients);

internal sealed record ReadinessJsonInventory(string? Name, string? Address, string? Owner, string? DeviceType, string? Location, int Line);

internal sealed record ReadinessJsonAlerts(
    string ThresholdFrom,
    IEnumerable<ReadinessJsonThreshold> Thresholds,
    int? OutsideRingsThreshold,
    IReadOnlyList<int> EventIds,
    IEnumerable<ReadinessJsonAlert> Items);

internal sealed record ReadinessJsonThreshold(string Ring, int Threshold);

internal sealed record ReadinessJsonAlert(
    string Client,
    string Day,
    string? Ring,
    int Threshold,
    long Events,
    IReadOnlyList<string> Servers,
    bool MoreServers,
    string? Owner);

internal sealed record ReadinessJsonComputer(
    string Name,
    bool InPolicy,
    string? Host,
    string? Ring,
    string? Group,
    string? Role,
    IEnumerable<ReadinessJsonException> Exceptions,
    long Events,
    [property: JsonConverter(typeof(CountsAsObject))] IEnumerable<KeyValuePair<string, long>> ByEventId,
    int Peers,
    long EventsWithoutPeer,
    string? FirstEvent,
    string? LastEvent);

internal sealed record ReadinessJsonException(string Id, string Control, string Stage, string Expires, bool Active);

internal sealed record ReadinessJsonClient(
    string Name,
    string? PolicyHost,
    string? Ring,
    ReadinessJsonInventory? Inventory,
    string? FirstSeen,
    string? LastSeen,
    long Events,
    [property: JsonConverter(typeof(CountsAsObject))] IEnumerable<KeyValuePair<string, long>> ByEventId,
    [property: JsonConverter(typeof(CountsAsObject))] IEnumerable<KeyValuePair<string, long>> ByDay,
    [property: JsonConverter(typeof(CountsAsObject))] IEnumerable<KeyValuePair<string, long>> Servers,
    IReadOnlyList<string> Users,
    bool MoreUsers,
    IReadOnlyList<string> Spns,
    bool MoreSpns);

/// <summary>Counts keyed by an event id, a day or a server name, written as one JSON object in the report's order.</summary>
internal sealed class CountsAsObject : JsonConverter<IEnumerable<KeyValuePair<string, long>>>
{
    public override IEnumerable<KeyValuePair<string, long>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The readiness JSON report is written, never read.");

    public override void Write(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, long>> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, count) in value)
        {
            writer.WriteNumber(name, count);
        }

        writer.WriteEndObject();
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReadinessJsonDocument))]
internal sealed partial class ReadinessJsonContext : JsonSerializerContext;
