using SmbPolicyCompiler.Readiness.Aggregation;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Sorts what the reader and the aggregation could not use into problems (the report is not complete: something was
/// not read or cannot be attributed) and cautions (read, but lossy), one sentence each with the fix.
/// </summary>
internal static class InputProblems
{
    public static InputSummary Summarise(ReadReport read, ReadinessAggregator tallies, IReadOnlyList<ComputerSummary> computers, ClientInventory? inventory)
    {
        var problems = new List<string>();
        var cautions = new List<string>();
        void Files(FileOutcome outcome, List<string> into, string what)
        {
            var files = read.Files.Where(f => f.Outcome == outcome).Select(f => f.Path).ToList();
            if (files.Count > 0)
            {
                into.Add($"{files.Count} file(s) {what}: {string.Join(", ", files.Take(5))}{(files.Count > 5 ? ", ..." : string.Empty)}");
            }
        }

        void Count(long count, List<string> into, string what)
        {
            if (count > 0)
            {
                into.Add($"{count} {what}");
            }
        }

        Files(FileOutcome.Unreadable, problems, "could not be read");
        Files(FileOutcome.NotAnEventFile, problems, "are not event exports (use wevtutil qe /f:xml, ConvertTo-Json -Depth 3, Winlogbeat NDJSON or CSV)");
        Files(FileOutcome.OtherChannelOnly, problems, "hold no SMB audit events, only other channels (export Microsoft-Windows-SMBServer/Audit)");
        Count(read.MalformedRecords, problems, "record(s) could not be read and were skipped (see the problems below)");
        Count(read.EvtxDamage, problems, "damaged part(s) of .evtx files were skipped or are doubtful; the rest was read (see the problems below: file, chunk, offset)");
        Count(read.DataMissing, problems, "audit event(s) carried no event data (ConvertTo-Json needs -Depth 3; Export-Csv keeps data only in Message)");
        Count(tallies.EventsWithoutClient, problems, "audit event(s) named no usable client; they count for their computer, for no client");
        Count(tallies.EventsWithoutComputer, problems, "audit event(s) did not record the computer that logged them; they count for no ring");
        if (read.RecordsRead == 0 || tallies.Events == 0)
        {
            problems.Add("no SMB audit event was read; every verdict lacks data");
        }

        Files(FileOutcome.Empty, cautions, "hold no events");
        Count(read.NotDeduplicable, cautions, "record(s) had no record id or computer, so overlapping exports may count them twice");
        Count(read.TimesWithoutOffset, cautions, "event time(s) had no UTC offset and were read in the assumed time zone (--time-zone)");
        Count(read.FieldsFromMessage, cautions, "audit event(s) were read from the localised message text (less reliable; export event data instead)");
        Count(tallies.EventsWithoutTime, cautions, "audit event(s) had no readable time; they count for no day");
        Count(read.UnknownEvents.Sum(e => e.Count), cautions, "event(s) in the audit channels have ids this version does not know: " + string.Join(", ", read.UnknownEvents.Select(e => e.EventId).Distinct()));
        Count(read.OtherChannelEvents.Sum(e => e.Count), cautions, "event(s) of other channels were ignored: " + string.Join(", ", read.OtherChannelEvents.Select(e => e.Channel.Length > 0 ? e.Channel : "(no channel)").Distinct()));
        Count(read.Problems.Count(p => p.Kind is ReadProblemKind.FieldTooLong or ReadProblemKind.TooManyFields), cautions, "event(s) had values cut to the size limits");
        Count(read.Problems.Count(p => p.Kind == ReadProblemKind.UnreadableTime), cautions, "time value(s) could not be read");
        Count(read.Problems.Count(p => p.Kind == ReadProblemKind.EvtxDirty), cautions, ".evtx file(s) were not closed cleanly (copied while the log was open); every chunk was read");
        Count(read.ProblemsNotListed, cautions, "further reading problem(s) were counted but not listed");
        var unknown = computers.Where(c => !c.Known).ToList();
        Count(unknown.Sum(c => c.Events), cautions, $"event(s) came from {unknown.Count} computer(s) the policy does not name; they count for no ring (see the computers list)");
        cautions.AddRange(inventory?.Warnings ?? []);
        return new InputSummary(
            read,
            tallies.Events,
            tallies.EventsWithoutComputer,
            tallies.EventsWithoutClient,
            tallies.EventsWithoutTime,
            unknown.Sum(c => c.Events),
            unknown.Count,
            inventory?.Path,
            inventory?.Clients.Count ?? 0,
            inventory?.Warnings ?? [],
            problems,
            cautions);
    }
}
