using System.CommandLine;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Events.Dump;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>
/// <c>smbpol events dump &lt;files or folders&gt;...</c>: every record of the event files (.evtx, wevtutil XML,
/// Get-WinEvent JSON, Winlogbeat NDJSON, CSV; gzip too) as one normalised stream. Exit 0 when all was read, 1 when
/// input was damaged (what could be read is still written; stderr says what was skipped), 2 when nothing was usable
/// or the usage was wrong.
/// </summary>
internal static class EventsCommand
{
    public static Command Create(CliConsole console)
    {
        var events = new Command("events", "Event files: turn collected .evtx files and exports into one normalised stream.");
        events.Subcommands.Add(Dump(console));
        return events;
    }

    private static Command Dump(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Event files or folders: .evtx logs (copied from %SystemRoot%\\System32\\winevt\\Logs or saved with wevtutil epl), wevtutil XML, Get-WinEvent JSON, Winlogbeat NDJSON, CSV; .gz too.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "ndjson (one JSON object per line, for a SIEM), xml (Windows event XML) or csv.",
            DefaultValueFactory = _ => "ndjson",
        }.AcceptOnlyFromAmong("ndjson", "xml", "csv");
        var channels = new Option<string[]>("--channel") { Description = "Only records of this channel (repeatable), e.g. Microsoft-Windows-SMBServer/Audit.", AllowMultipleArgumentsPerToken = true };
        var ids = new Option<int[]>("--id") { Description = "Only records with this event id (repeatable).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically: all or nothing) instead of standard output." };
        var command = new Command("dump", "Write every record (record id, UTC time, provider, channel, event id, version, level, computer, event data by name) as NDJSON, XML or CSV.")
        {
            paths, format, channels, ids, output,
        };
        command.SetAction(parse =>
        {
            var filter = new DumpFilter(parse.GetValue(channels) ?? [], parse.GetValue(ids) ?? []);
            var dumpFormat = Enum.Parse<DumpFormat>(parse.GetValue(format)!, ignoreCase: true);
            return EventDumpRun.Run(console, parse.GetValue(paths) ?? [], dumpFormat, filter, parse.GetValue(output));
        });
        return command;
    }
}
