using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The read report as text: the warning banner when input had problems, the counts, the files, the problems with file(line).</summary>
public static class ReadReportText
{
    /// <summary>The banner (only when the input had problems) and the cautions; the same words every format uses.</summary>
    public static void WriteBanner(TextWriter o, InputSummary input)
    {
        if (!input.Complete)
        {
            o.WriteLine("!! INCOMPLETE INPUT: the verdicts rest on partial data.");
            foreach (var problem in input.Problems)
            {
                o.WriteLine("!!   - " + SafeText.Clean(problem, 400));
            }
        }

        foreach (var caution in input.Cautions)
        {
            o.WriteLine("note: " + SafeText.Clean(caution, 400));
        }
    }

    public static string Counts(InputSummary input)
    {
        var read = input.Read;
        var byId = string.Join(", ", read.AuditEventsById.Select(p => $"{p.Key}: {Format.Number(p.Value)}"));
        return $"{read.Files.Count} file(s), {Format.Number(read.RecordsRead)} record(s) read, {Format.Number(read.DuplicatesRemoved)} duplicate(s) removed, " +
               $"{Format.Number(read.AuditEvents)} SMB audit event(s)" + (byId.Length > 0 ? $" ({byId})" : string.Empty) +
               $", {Format.Number(read.UnknownEvents.Sum(e => e.Count))} unknown, {Format.Number(read.OtherChannelEvents.Sum(e => e.Count))} of other channels, " +
               $"{Format.Number(read.MalformedRecords)} malformed" + (read.EvtxDamage > 0 ? $", {Format.Number(read.EvtxDamage)} damaged .evtx part(s)" : string.Empty);
    }

    public static void Write(TextWriter o, InputSummary input)
    {
        o.WriteLine("Input: " + Counts(input));
        if (input.InventoryPath is { } inventory)
        {
            o.WriteLine($"Inventory: {SafeText.Clean(inventory)} ({input.InventoryClients} client(s))");
        }

        var files = new TextTable("FILE", "FORMAT", "RECORDS", "AUDIT", "MALFORMED", "OUTCOME");
        foreach (var f in input.Read.Files)
        {
            files.Add(f.Path, (f.Format?.ToString() ?? "-") + (f.Compressed ? " (gzip)" : string.Empty), Format.Number(f.Records),
                Format.Number(f.AuditRecords), Format.Number(f.MalformedRecords), f.Outcome + (f.Note is { } note ? ": " + note : string.Empty));
        }

        files.Write(o, "  ");
        foreach (var problem in input.Read.Problems)
        {
            o.WriteLine("  " + SafeText.Clean(problem.ToString(), 400));
        }

        if (input.Read.ProblemsNotListed > 0)
        {
            o.WriteLine($"  ... and {Format.Number(input.Read.ProblemsNotListed)} more problem(s) not listed");
        }
    }
}
