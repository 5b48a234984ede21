using System.Text.Json;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The read report and the input problems as JSON.</summary>
internal static class ReadinessInputJson
{
    public static void Write(Utf8JsonWriter json, InputSummary input)
    {
        var read = input.Read;
        json.WriteStartObject("input");
        json.WriteBoolean("complete", input.Complete);
        ReadinessJsonStreamed.Strings(json, "problems", input.Problems);
        ReadinessJsonStreamed.Strings(json, "cautions", input.Cautions);
        json.WriteNumber("recordsRead", read.RecordsRead);
        json.WriteNumber("duplicatesRemoved", read.DuplicatesRemoved);
        json.WriteNumber("notDeduplicable", read.NotDeduplicable);
        json.WriteNumber("auditEvents", read.AuditEvents);
        json.WriteStartObject("auditEventsById");
        foreach (var (id, count) in read.AuditEventsById)
        {
            json.WriteNumber(id.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        json.WriteEndObject();
        Counts(json, "unknownEvents", read.UnknownEvents);
        Counts(json, "otherChannelEvents", read.OtherChannelEvents);
        json.WriteNumber("malformedRecords", read.MalformedRecords);
        json.WriteNumber("dataMissing", read.DataMissing);
        json.WriteNumber("fieldsFromMessage", read.FieldsFromMessage);
        json.WriteNumber("timesWithoutOffset", read.TimesWithoutOffset);
        json.WriteNumber("eventsWithoutComputer", input.EventsWithoutComputer);
        json.WriteNumber("eventsWithoutClient", input.EventsWithoutClient);
        json.WriteNumber("eventsWithoutTime", input.EventsWithoutTime);
        json.WriteNumber("eventsFromUnknownComputers", input.EventsFromUnknownComputers);
        json.WriteNumber("unknownComputers", input.UnknownComputers);
        json.WriteString("inventory", input.InventoryPath);
        json.WriteNumber("inventoryClients", input.InventoryClients);
        json.WriteStartArray("files");
        foreach (var f in read.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", f.Path);
            json.WriteString("format", f.Format?.ToString());
            json.WriteBoolean("compressed", f.Compressed);
            json.WriteNumber("records", f.Records);
            json.WriteNumber("auditRecords", f.AuditRecords);
            json.WriteNumber("malformedRecords", f.MalformedRecords);
            json.WriteString("outcome", f.Outcome.ToString());
            json.WriteString("note", f.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("readProblems");
        foreach (var p in read.Problems)
        {
            json.WriteStartObject();
            json.WriteString("kind", p.Kind.ToString());
            json.WriteString("file", p.File);
            json.WriteNumber("line", p.Line);
            json.WriteString("message", p.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("readProblemsNotListed", read.ProblemsNotListed);
        json.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyList<Events.EventCount> counts)
    {
        json.WriteStartArray(name);
        foreach (var c in counts)
        {
            json.WriteStartObject();
            json.WriteString("channel", c.Channel);
            json.WriteNumber("eventId", c.EventId);
            json.WriteNumber("count", c.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
