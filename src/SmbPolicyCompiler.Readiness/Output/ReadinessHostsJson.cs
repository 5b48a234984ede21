using System.Text.Json;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The computers that logged and the clients, as JSON objects.</summary>
internal static class ReadinessHostsJson
{
    public static void WriteComputer(Utf8JsonWriter json, ComputerSummary c)
    {
        json.WriteStartObject();
        json.WriteString("name", c.Name);
        json.WriteBoolean("inPolicy", c.Known);
        json.WriteString("host", c.Host);
        json.WriteString("ring", c.Ring);
        json.WriteString("group", c.Group);
        json.WriteString("role", c.Role);
        json.WriteStartArray("exceptions");
        foreach (var e in c.Exceptions)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("control", e.Control);
            json.WriteString("stage", e.Stage);
            json.WriteString("expires", Formatting.Day(e.Expires));
            json.WriteBoolean("active", e.Active);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("events", c.Events);
        ReadinessJsonStreamed.Kinds(json, "byEventId", c.ByKind);
        json.WriteNumber("peers", c.Peers);
        json.WriteNumber("eventsWithoutPeer", c.EventsWithoutPeer);
        ReadinessJsonStreamed.Time(json, "firstEvent", c.FirstEvent);
        ReadinessJsonStreamed.Time(json, "lastEvent", c.LastEvent);
        json.WriteEndObject();
    }

    public static void WriteClient(Utf8JsonWriter json, ClientSummary c)
    {
        json.WriteStartObject();
        json.WriteString("name", c.Name);
        json.WriteString("policyHost", c.PolicyHost);
        json.WriteString("ring", c.Ring);
        ReadinessJsonStreamed.Inventory(json, c.Inventory);
        ReadinessJsonStreamed.Time(json, "firstSeen", c.FirstSeen);
        ReadinessJsonStreamed.Time(json, "lastSeen", c.LastSeen);
        json.WriteNumber("events", c.Events);
        ReadinessJsonStreamed.Kinds(json, "byEventId", c.ByKind);
        json.WriteStartObject("byDay");
        foreach (var day in c.ByDay)
        {
            json.WriteNumber(Formatting.Day(day.Day), day.Events);
        }

        json.WriteEndObject();
        json.WriteStartObject("servers");
        foreach (var server in c.Servers)
        {
            json.WriteNumber(server.Name, server.Events);
        }

        json.WriteEndObject();
        ReadinessJsonStreamed.Strings(json, "users", c.Users);
        json.WriteBoolean("moreUsers", c.MoreUsers);
        ReadinessJsonStreamed.Strings(json, "spns", c.Spns);
        json.WriteBoolean("moreSpns", c.MoreSpns);
        json.WriteEndObject();
    }
}
