using System.Globalization;
using System.Text.Json;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The former hand-streamed JSON writer (Utf8JsonWriter), kept only to measure against <see cref="ReadinessJson"/>.</summary>
public sealed class ReadinessJsonStreamed : IReportWriter<ReadinessReport>
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(TextWriter output, ReadinessReport report)
    {
        using (var stream = new TextWriterStream(output))
        {
            Write(stream, report);
        }

        output.Write('\n');
    }

    internal static void Write(Stream output, ReadinessReport report)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("policy", report.Policy);
        json.WriteString("asOf", Formatting.Day(report.AsOf));
        json.WriteString("ring", report.RingFilter);
        json.WriteBoolean("inputComplete", report.Input.Complete);
        json.WriteBoolean("gatedRingNotReady", report.AnyGatedNotReady);
        ReadinessInputJson.Write(json, report.Input);
        json.WriteStartArray("rings");
        foreach (var ring in report.Rings)
        {
            WriteRing(json, ring);
            FlushSometimes(json);
        }

        json.WriteEndArray();
        json.WriteStartObject("alerts");
        json.WriteString("thresholdFrom", report.AlertThresholds.FromOption ? "option" : "policy");
        json.WriteStartArray("thresholds");
        foreach (var ring in report.AlertThresholds.Rings)
        {
            json.WriteStartObject();
            json.WriteString("ring", ring.Ring);
            json.WriteNumber("threshold", ring.Threshold);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (report.AlertThresholds.OutsideRings is { } outside)
        {
            json.WriteNumber("outsideRingsThreshold", outside);
        }
        else
        {
            json.WriteNull("outsideRingsThreshold");
        }

        Ints(json, "eventIds", [.. Analysis.AlertRule.Kinds.Select(k => k.Id)]);
        json.WriteStartArray("items");
        foreach (var a in report.Alerts)
        {
            json.WriteStartObject();
            json.WriteString("client", a.Client);
            json.WriteString("day", Formatting.Day(a.Day));
            json.WriteString("ring", a.Ring);
            json.WriteNumber("threshold", a.Threshold);
            json.WriteNumber("events", a.Events);
            Strings(json, "servers", a.Servers);
            json.WriteBoolean("moreServers", a.MoreServers);
            json.WriteString("owner", a.Owner);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("computers");
        foreach (var c in report.Computers)
        {
            ReadinessHostsJson.WriteComputer(json, c);
            FlushSometimes(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("clients");
        foreach (var c in report.Clients)
        {
            ReadinessHostsJson.WriteClient(json, c);
            FlushSometimes(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Utf8JsonWriter buffers everything until flushed: flush as it goes so memory does not grow with the report.</summary>
    internal static void FlushSometimes(Utf8JsonWriter json)
    {
        if (json.BytesPending > 64 * 1024)
        {
            json.Flush();
        }
    }

    private static void WriteRing(Utf8JsonWriter json, RingReadiness ring)
    {
        json.WriteStartObject();
        json.WriteString("name", ring.Name);
        json.WriteNumber("order", ring.Order);
        json.WriteNumber("hosts", ring.Hosts);
        json.WriteNumber("hostsWithEvents", ring.HostsWithEvents);
        json.WriteStartArray("controls");
        foreach (var c in ring.Controls)
        {
            ReadinessControlJson.Write(json, c);
        }

        json.WriteEndArray();
        json.WriteStartArray("eventsPerDay");
        foreach (var day in ring.EventsPerDay)
        {
            json.WriteStartObject();
            json.WriteString("day", Formatting.Day(day.Day));
            json.WriteNumber("events", day.Total);
            Kinds(json, "byEventId", day.ByKind);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static void Inventory(Utf8JsonWriter json, InventoryClient? client)
    {
        if (client is null)
        {
            json.WriteNull("inventory");
            return;
        }

        json.WriteStartObject("inventory");
        json.WriteString("name", client.Name);
        json.WriteString("address", client.Address);
        json.WriteString("owner", client.Owner);
        json.WriteString("deviceType", client.DeviceType);
        json.WriteString("location", client.Location);
        json.WriteNumber("line", client.Line);
        json.WriteEndObject();
    }

    internal static void Kinds(Utf8JsonWriter json, string name, IReadOnlyList<KindCount> kinds)
    {
        json.WriteStartObject(name);
        foreach (var k in kinds)
        {
            json.WriteNumber(k.EventId.ToString(CultureInfo.InvariantCulture), k.Count);
        }

        json.WriteEndObject();
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    internal static void Ints(Utf8JsonWriter json, string name, IEnumerable<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    internal static void Time(Utf8JsonWriter json, string name, DateTime? utc)
    {
        if (utc is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, Formatting.IsoTime(utc));
        }
    }
}
