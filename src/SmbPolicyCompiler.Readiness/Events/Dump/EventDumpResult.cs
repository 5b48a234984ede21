namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>What a dump read and wrote, and what it met (the read report: files, damage, skipped records).</summary>
public sealed record EventDumpResult(long RecordsRead, long RecordsWritten, ReadReport Report)
{
    /// <summary>Problems that lost or doubted something (damage, skipped records, unreadable files); notes such as a dirty header are not.</summary>
    public IEnumerable<ReadProblem> Losses => Report.Problems.Where(p => IsLoss(p.Kind));

    /// <summary>Something was skipped or is doubtful (counted, whether or not listed).</summary>
    public bool InputDamaged => Report.EvtxDamage > 0 || Report.MalformedRecords > 0 || Losses.Any();

    /// <summary>No record could be read at all.</summary>
    public bool NothingUsable => RecordsRead == 0;

    public static bool IsLoss(ReadProblemKind kind) => kind is not (ReadProblemKind.EvtxDirty or ReadProblemKind.OtherChannelFile or ReadProblemKind.EmptyFile);
}
