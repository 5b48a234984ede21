using System.Globalization;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>A line number as a reader of part of a file counts it: from the part's start, until the part is placed in its file.</summary>
internal readonly record struct PartLine(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A count (or ordinal) of records as a reader of part of a file counts it.</summary>
internal readonly record struct PartRecord(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A count of complete events as a reader of part of a file counts it.</summary>
internal readonly record struct PartCompleted(long Value)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the parts of a file before this one held: added to a part's lines and counts to place them in the file.</summary>
internal readonly record struct PartOffsets(long Lines, long Records, long Completed)
{
    public PartOffsets After(long lines, long records, long completed) => new(Lines + lines, Records + records, Completed + completed);
}
