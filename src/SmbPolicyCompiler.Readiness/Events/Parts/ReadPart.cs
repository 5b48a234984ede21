namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// One piece of reading: a whole file or stream, or a byte range of a large file split at record boundaries
/// (<see cref="ReadPlan"/>). Parts after the first start at a record and are read in the format the first one was found to be.
/// </summary>
internal sealed record ReadPart(string File, Func<Stream> Open, long Start, long Length, int Index, int Count, EventInputFormat? Format)
{
    public bool IsFirst => Index == 0;

    public bool IsLast => Index == Count - 1;

    public static ReadPart Whole(string file, Func<Stream> open) => new(file, open, 0, -1, 0, 1, null);
}
