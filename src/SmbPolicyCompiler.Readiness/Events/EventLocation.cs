namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Where a record came from: the file as it was given, the 1-based line where the record starts
/// (0 when the format has no lines) and its 1-based ordinal among the records of that file.
/// </summary>
internal readonly record struct EventLocation(string File, long Line, long Record)
{
    public override string ToString() => Line > 0 ? $"{File}({Line})" : $"{File} (record {Record})";
}
