using System.Text.Json;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// One top-level JSON value of a file (or one element of its top-level array): its 1-based number, the line it starts
/// on, and the parsed value (the reader disposes it) — or the error that ended the file, with where it is.
/// </summary>
internal sealed record JsonValueItem(int Number, long Line, bool InArray, JsonDocument? Document, string? Error)
{
    public static JsonValueItem Failure(int number, bool inArray, string error) => new(number, 0, inArray, null, error);
}
