using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The read report as text: the warning banner when input had problems, the counts, the files, the problems with file(line).</summary>
public static class ReadReportText
{
    /// <summary>The banner (only when the input had problems) and the cautions; the same words every format uses.</summary>
    public static void WriteBanner(TextWriter output, InputSummary input)
    {
        if (!input.Complete)
        {
            output.WriteLine("!! INCOMPLETE INPUT: the verdicts rest on partial data.");
            foreach (var problem in input.Problems)
            {
                output.WriteLine("!!   - " + SafeText.Clean(problem, 400));
            }
        }

        foreach (var caution in input.Cautions)
        {
            output.WriteLine("note: " + SafeText.Clean(caution, 400));
        }
    }

    public static string Counts(InputSummary input)
    {
        var read = input.Read;
        var byId = string.Join(", ", read.AuditEventsById.Select(p => $"{p.Key}: {Formatting.Number(p.Value)}"));
        return $"{read.Files.Count} file(s), {Formatting.Number(read.RecordsRead)} record(s) read, {Formatting.Number(read.DuplicatesRemoved)} duplicate(s) removed, " +
               $"{Formatting.Number(read.AuditEvents)} SMB audit event(s)" + (byId.Length > 0 ? $" ({byId})" : string.Empty) +
               $", {Formatting.Number(read.UnknownEvents.Sum(e => e.Count))} unknown, {Formatting.Number(read.OtherChannelEvents.Sum(e => e.Count))} of other channels, " +
               $"{Formatting.Number(read.MalformedRecords)} malformed" + (read.EvtxDamage > 0 ? $", {Formatting.Number(read.EvtxDamage)} damaged .evtx part(s)" : string.Empty);
    }

    public static void Write(TextWriter output, InputSummary input)
    {
        output.WriteLine("Input: " + Counts(input));
        if (input.InventoryPath is { } inventory)
        {
            output.WriteLine($"Inventory: {SafeText.Clean(inventory)} ({input.InventoryClients} client(s))");
        }

        var files = new TextTable("FILE", "FORMAT", "RECORDS", "AUDIT", "MALFORMED", "OUTCOME");
        foreach (var f in input.Read.Files)
        {
            files.Add(f.Path, (f.Format?.ToString() ?? "-") + (f.Compressed ? " (gzip)" : string.Empty), Formatting.Number(f.Records),
                Formatting.Number(f.AuditRecords), Formatting.Number(f.MalformedRecords), f.Outcome + (f.Note is { } note ? ": " + note : string.Empty));
        }

        files.Write(output, "  ");
        foreach (var problem in input.Read.Problems)
        {
            output.WriteLine("  " + SafeText.Clean(problem.ToString(), 400));
        }

        if (input.Read.ProblemsNotListed > 0)
        {
            output.WriteLine($"  ... and {Formatting.Number(input.Read.ProblemsNotListed)} more problem(s) not listed");
        }
    }
}
