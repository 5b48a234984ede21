using System.CommandLine;
using SmbPolicyCompiler.Cli.Output;
using SmbPolicyCompiler.Readiness;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>The options of <c>smbpol readiness</c>, and turning their values into reader and readiness options.</summary>
internal sealed class ReadinessCommandOptions
{
    private static readonly Dictionary<string, EventInputFormat> EventFormats = new(StringComparer.Ordinal)
    {
        ["auto"] = EventInputFormat.Auto,
        ["xml"] = EventInputFormat.WevtutilXml,
        ["json"] = EventInputFormat.GetWinEventJson,
        ["ndjson"] = EventInputFormat.WinlogbeatNdjson,
        ["csv"] = EventInputFormat.Csv,
        ["evtx"] = EventInputFormat.Evtx,
    };

    public Argument<string> Path { get; } = CommonOptions.PolicyPath();

    public Option<DateOnly?> AsOf { get; } = CommonOptions.AsOf();

    public ReportOutput<ReadinessReport> Report { get; } = new(ReportWriters.Readiness);

    public Option<string[]> Events { get; } = new("--events", "-e")
    {
        Description = "Event files or folders: .evtx logs as collected (copies of winevt\\Logs\\Microsoft-Windows-SMBServer%4Audit.evtx, or wevtutil epl), wevtutil XML, Get-WinEvent JSON, Winlogbeat NDJSON, CSV; optionally .gz.",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> Inventory { get; } = new("--inventory") { Description = "Client inventory CSV: host name or IP → owner, device type, location." };

    public Option<string[]> InventoryColumns { get; } = new("--inventory-column")
    {
        Description = "Map an inventory field to a column: Host=, Address=, Owner=, DeviceType=, Location= (repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<int?> AlertThreshold { get; } = new("--alert-threshold")
    {
        Description = $"Alert on clients with more than this many events of {string.Join("/", ReadinessOptions.AlertEventIds)} on one UTC day against one ring's servers, " +
                      "the same number in every ring; default: each ring's auditThresholds monitor threshold, as the SIEM daily alerts use.",
    };

    public Option<string> EventsFormat { get; } = new Option<string>("--events-format")
    {
        Description = "Force the export format instead of detecting it: auto, evtx, xml, json, ndjson, csv.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong([.. EventFormats.Keys]);

    public Option<string[]> CsvColumns { get; } = new("--csv-columns")
    {
        Description = "Map CSV columns to event fields: column=Field (e.g. Client=ClientName, Zeit=TimeCreated, Unused=-).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string?> TimeZone { get; } = new("--time-zone") { Description = "The zone of CSV times without offset (IANA or Windows id, or +02:00); default UTC." };

    public Option<string?> CsvCulture { get; } = new("--csv-culture") { Description = "The culture CSV dates are written in, e.g. de-DE, en-US." };

    public Option<string?> Ring { get; } = new("--ring") { Description = "Only this ring." };

    public IEnumerable<Symbol> All => [Path, AsOf, Report.Format, Events, Inventory, InventoryColumns, Report.Output, AlertThreshold, EventsFormat, CsvColumns, TimeZone, CsvCulture, Ring];

    /// <summary>The reader options, or the first problem with them in words.</summary>
    public (EventReadOptions? Options, string? Error) ReadOptions(ParseResult parse)
    {
        var zone = TimeZoneInfo.Utc;
        if (parse.GetValue(TimeZone) is { } zoneText && !ReadinessTimeZone.TryParse(zoneText, out zone, out var zoneError))
        {
            return (null, zoneError);
        }

        if (!CsvColumnMap.TryParse(parse.GetValue(CsvColumns) ?? [], out var columns, out var columnError))
        {
            return (null, "--csv-columns: " + columnError);
        }

        var options = new EventReadOptions
        {
            Format = EventFormats[parse.GetValue(EventsFormat)!],
            CsvColumns = columns,
            CsvCulture = parse.GetValue(CsvCulture),
            AssumedTimeZone = zone,
        };
        var errors = options.Validate();
        return errors.Count > 0 ? (null, string.Join(" ", errors)) : (options, null);
    }

    /// <summary>The client inventory (null when none was given), or the reason it cannot be used.</summary>
    public (ClientInventory? Inventory, string? Error) ReadInventory(ParseResult parse)
    {
        if (!Readiness.Inventory.InventoryColumns.TryParseMap(parse.GetValue(InventoryColumns) ?? [], out var map, out var mapError))
        {
            return (null, "--inventory-column: " + mapError);
        }

        if (parse.GetValue(Inventory) is not { } path)
        {
            return map.Count > 0 ? (null, "--inventory-column needs --inventory") : (null, null);
        }

        try
        {
            return (ClientInventoryReader.Read(path, map), null);
        }
        catch (InventoryException e)
        {
            return (null, e.Message);
        }
    }
}
