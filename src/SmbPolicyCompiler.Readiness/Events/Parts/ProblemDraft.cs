using System.Globalization;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// A problem as a reader of part of a file reports it: its line (0 for the file as a whole) and the numbers in its
/// message count from the part's start (<see cref="PartLine"/>, <see cref="PartRecord"/>, <see cref="PartCompleted"/>)
/// until <see cref="Place"/> puts them in the file. A message without arguments is taken as it is.
/// </summary>
internal sealed record ProblemDraft(ReadProblemKind Kind, long Line, string Message, object?[] Arguments)
{
    public ReadProblem Place(string file, PartOffsets offsets) =>
        new(Kind, file, Line > 0 ? Line + offsets.Lines : Line, Arguments.Length == 0 ? Message : string.Format(CultureInfo.InvariantCulture, Message, [.. Arguments.Select(a => Shift(a, offsets))]));

    private static object? Shift(object? argument, PartOffsets offsets) => argument switch
    {
        PartLine line => line.Value + offsets.Lines,
        PartRecord record => record.Value + offsets.Records,
        PartCompleted completed => completed.Value + offsets.Completed,
        _ => argument,
    };
}
