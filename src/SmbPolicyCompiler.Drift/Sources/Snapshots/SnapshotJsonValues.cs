using System.Globalization;
using System.Text.Json;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// The top-level values of a snapshot file, read with System.Text.Json: the elements of a top-level array, or values
/// one after another (several collector outputs appended to one file), each parsed into a <see cref="JsonDocument"/> by
/// <see cref="JsonDocument.ParseValue"/>. The first syntax error ends the file, reported with its line and column;
/// values before it are still returned. The file is in memory (bounded by <see cref="SnapshotFileBytes.MaxBytes"/>).
/// </summary>
internal static class SnapshotJsonValues
{
    private static readonly JsonReaderOptions Options = new() { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static IEnumerable<JsonValueItem> Read(ReadOnlyMemory<byte> utf8)
    {
        var state = new JsonReaderState(Options);
        long consumed = 0;
        var number = 0;
        var depth = 0;
        var lines = new LineCounter(utf8);
        while (true)
        {
            var item = Next(utf8.Span, ref state, ref consumed, ref depth, ref number, lines);
            if (item is null)
            {
                if (number == 0)
                {
                    yield return JsonValueItem.Failure(1, false, "the file holds no JSON (it is empty or only whitespace)");
                }

                yield break;
            }

            yield return item;
            if (item.Error is not null)
            {
                yield break;
            }
        }
    }

    /// <summary>The next value, or null at the end; a syntax error is an item with its error.</summary>
    private static JsonValueItem? Next(ReadOnlySpan<byte> utf8, ref JsonReaderState state, ref long consumed, ref int depth, ref int number, LineCounter lines)
    {
        var reader = new Utf8JsonReader(utf8[(int)consumed..], isFinalBlock: true, state);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartArray && depth == 0)
                {
                    depth = 1;
                    continue;
                }

                if (reader.TokenType == JsonTokenType.EndArray && depth == 1)
                {
                    depth = 0;
                    continue;
                }

                var start = consumed + reader.TokenStartIndex;
                var document = JsonDocument.ParseValue(ref reader);
                number++;
                (consumed, state) = (consumed + reader.BytesConsumed, reader.CurrentState);
                return new JsonValueItem(number, lines.LineOf(start), depth == 1, document, null);
            }

            if (depth == 1)
            {
                return JsonValueItem.Failure(number + 1, true, At(lines, utf8.Length, "the file ends before the array's closing ']' (truncated?)"));
            }

            return null;
        }
        catch (JsonException e)
        {
            number++;
            var message = e.Message.StartsWith("Expected depth to be zero", StringComparison.Ordinal) || e.Message.Contains("reached end of data", StringComparison.Ordinal) ? "the file ends in the middle of a value (truncated?)"
                : e.Message.Contains("trailing comma", StringComparison.Ordinal) ? "a ',' is followed by the closing bracket (a trailing comma)"
                : "not valid JSON: " + Plain(e.Message);
            // The reader state carries the position, so the exception's line and column count from the start of the file.
            var (line, column) = ((e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1);
            return JsonValueItem.Failure(number, depth == 1, string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: {message}"));
        }
    }

    private static string At(LineCounter lines, long offset, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"line {lines.LineOf(offset)}, column {lines.ColumnOf(offset)}: {message}");

    /// <summary>System.Text.Json's message without its own "Path: ... | LineNumber: ..." tail.</summary>
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" LineNumber:", StringComparison.Ordinal) : cut;
        return string.Join(' ', (cut > 0 ? message[..cut] : message).Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
    }

    /// <summary>Line and column (1-based) of byte offsets, counted forward once.</summary>
    private sealed class LineCounter(ReadOnlyMemory<byte> utf8)
    {
        private long _scanned;
        private long _line = 1;
        private long _lineStart;

        public long LineOf(long offset)
        {
            Advance(offset);
            return _line;
        }

        public long ColumnOf(long offset)
        {
            Advance(offset);
            return offset - _lineStart + 1;
        }

        private void Advance(long offset)
        {
            var span = utf8.Span;
            offset = Math.Min(offset, span.Length);
            if (offset < _scanned)
            {
                (_scanned, _line, _lineStart) = (0, 1, 0);
            }

            for (; _scanned < offset; _scanned++)
            {
                if (span[(int)_scanned] == (byte)'\n')
                {
                    _line++;
                    _lineStart = _scanned + 1;
                }
            }
        }
    }
}
