using System.Text.Json;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>One ring control as JSON: verdict first, then the numbers and the blocking and held-back lists.</summary>
internal static class ReadinessControlJson
{
    public static void Write(Utf8JsonWriter json, ControlReadiness c)
    {
        json.WriteStartObject();
        json.WriteString("control", c.Control);
        json.WriteString("title", c.Title);
        json.WriteString("stage", c.Stage);
        json.WriteString("verdict", Verdict(c.Verdict));
        json.WriteString("summary", c.Summary);
        ReadinessJsonStreamed.Strings(json, "reasons", c.Reasons);
        json.WriteBoolean("lowConfidenceOnly", c.LowConfidenceOnly);
        json.WriteString("direction", c.Direction.ToString());
        json.WriteString("directionText", c.Direction.Describe());
        json.WriteStartObject("gate");
        json.WriteBoolean("gated", c.Gate.IsGated);
        Number(json, "minAuditDays", c.Gate.MinAuditDays);
        if (c.Gate.ReadinessPercent is { } percent)
        {
            json.WriteNumber("readinessPercent", percent);
        }
        else
        {
            json.WriteNull("readinessPercent");
        }

        Number(json, "maxIncompatibleClients", c.Gate.MaxIncompatibleClients);
        json.WriteNumber("effectiveMaxIncompatibleClients", c.Gate.EffectiveMaxIncompatible);
        json.WriteNumber("effectiveMinReportingPercent", c.Gate.EffectiveMinReportingPercent);
        json.WriteNumber("effectiveMinDaysOfData", c.Gate.EffectiveMinDaysOfData);
        json.WriteEndObject();
        json.WriteString("nextStage", c.NextStage);
        json.WriteString("auditSince", c.AuditSince is { } since ? Formatting.Day(since) : null);
        Number(json, "auditDays", c.AuditDays);
        json.WriteString("enforcedSince", c.EnforcedSince is { } enforced ? Formatting.Day(enforced) : null);
        ReadinessJsonStreamed.Ints(json, "evidenceEventIds", c.EvidenceEventIds);
        json.WriteNumber("ringHosts", c.RingHosts);
        json.WriteNumber("ringHostsWithEvents", c.RingHostsWithEvents);
        json.WriteNumber("events", c.Events);
        json.WriteNumber("clientsSeen", c.ClientsSeen);
        json.WriteNumber("inventoryClientsAdded", c.InventoryClientsAdded);
        json.WriteNumber("denominator", c.Denominator);
        json.WriteNumber("blockingClients", c.Blocking.Count);
        if (c.PercentReady is { } ready)
        {
            json.WriteNumber("percentReady", Math.Round(ready, 2));
        }
        else
        {
            json.WriteNull("percentReady");
        }

        ReadinessJsonStreamed.Time(json, "firstEvent", c.FirstEvent);
        ReadinessJsonStreamed.Time(json, "lastEvent", c.LastEvent);
        json.WriteNumber("daysWithEvents", c.DaysWithEvents);
        json.WriteStartArray("burnDown");
        foreach (var day in c.BurnDown)
        {
            json.WriteStartObject();
            json.WriteString("day", Formatting.Day(day.Day));
            json.WriteNumber("blocking", day.Blocking);
            json.WriteBoolean("reported", day.Reported);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("blocking");
        foreach (var b in c.Blocking)
        {
            WriteBlocking(json, b);
            ReadinessJsonStreamed.FlushSometimes(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("heldBack");
        foreach (var h in c.HeldBack)
        {
            json.WriteStartObject();
            json.WriteString("host", h.Host);
            json.WriteString("exception", h.ExceptionId);
            json.WriteString("heldAt", h.HeldAt);
            json.WriteNumber("evidenceEvents", h.EvidenceEvents);
            ReadinessJsonStreamed.Strings(json, "clients", h.Clients);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Model.Verdict.Ready => "ready",
        Model.Verdict.NotReady => "notReady",
        Model.Verdict.ThinEvidence => "thinEvidence",
        _ => "notEnoughData",
    };

    private static void WriteBlocking(Utf8JsonWriter json, BlockingClient b)
    {
        json.WriteStartObject();
        json.WriteString("client", b.Client);
        json.WriteString("policyHost", b.PolicyHost);
        ReadinessJsonStreamed.Kinds(json, "evidence", b.Evidence);
        json.WriteNumber("events", b.Events);
        json.WriteBoolean("lowConfidenceOnly", b.LowConfidenceOnly);
        ReadinessJsonStreamed.Time(json, "firstSeen", b.FirstSeen);
        ReadinessJsonStreamed.Time(json, "lastSeen", b.LastSeen);
        ReadinessJsonStreamed.Strings(json, "servers", b.Servers);
        ReadinessJsonStreamed.Strings(json, "users", b.Users);
        ReadinessJsonStreamed.Strings(json, "spns", b.Spns);
        ReadinessJsonStreamed.Inventory(json, b.Inventory);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
