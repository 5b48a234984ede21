using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// Streams the values of a JSON file without loading it whole: the elements of a top-level array, or one or more
/// top-level values one after another (several collector outputs appended to one file). Memory is bounded by the
/// largest single value (at most <see cref="MaxValueBytes"/>). The first syntax error ends the file, reported with
/// its line and column; values before it are still returned.
/// </summary>
internal sealed class JsonValueStream
{
    public const int MaxValueBytes = 16 * 1024 * 1024;
    private const int InitialBuffer = 64 * 1024;

    private readonly Stream stream;
    private byte[] buffer = new byte[InitialBuffer];
    private int start;
    private int end;
    private bool eof;
    private int line = 1;
    private long lineStart;
    private long consumed;
    private Layout layout;
    private bool afterValue;
    private bool afterComma;
    private int number;

    private JsonValueStream(Stream stream) => this.stream = stream;

    private enum Layout
    {
        Unknown,
        Array,
        ArrayClosed,
        Values,
    }

    private enum Step
    {
        Value,
        NeedMore,
        Done,
    }

    public static async IAsyncEnumerable<JsonValueItem> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var reader = new JsonValueStream(stream);
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            JsonValueItem? item;
            Step step;
            try
            {
                step = reader.Next(out item);
            }
            catch (JsonValueException e)
            {
                step = Step.Done;
                item = JsonValueItem.Failure(reader.number + 1, reader.layout is Layout.Array, e.Message);
            }

            if (item is not null)
            {
                yield return item;
            }

            if (step == Step.Done)
            {
                yield break;
            }

            if (step == Step.NeedMore)
            {
                var failure = await reader.FillAsync(cancellation).ConfigureAwait(false);
                if (failure is not null)
                {
                    yield return JsonValueItem.Failure(reader.number + 1, reader.layout is Layout.Array, failure);
                    yield break;
                }
            }
        }
    }

    private Step Next(out JsonValueItem? item)
    {
        item = null;
        while (true)
        {
            SkipWhitespace();
            if (start == end)
            {
                return !eof ? Step.NeedMore : AtEnd();
            }

            var next = buffer[start];
            switch (layout)
            {
                case Layout.Unknown when next == '[':
                    layout = Layout.Array;
                    Advance(1);
                    continue;
                case Layout.Unknown:
                    layout = Layout.Values;
                    break;
                case Layout.ArrayClosed:
                    throw Problem($"unexpected '{Show(next)}' after the closing ']' of the array");
                case Layout.Array when afterValue:
                    if (next is not ((byte)',' or (byte)']'))
                    {
                        throw Problem($"expected ',' or ']' after value {number}, found '{Show(next)}'");
                    }

                    afterValue = false;
                    afterComma = next == ',';
                    layout = next == ']' ? Layout.ArrayClosed : Layout.Array;
                    Advance(1);
                    continue;
                case Layout.Array when next == ']':
                    if (afterComma)
                    {
                        throw Problem("a ',' is followed by ']' (a trailing comma)");
                    }

                    layout = Layout.ArrayClosed;
                    Advance(1);
                    continue;
            }

            return ReadValue(out item);
        }
    }

    private Step ReadValue(out JsonValueItem? item)
    {
        item = null;
        var span = buffer.AsSpan(start, end - start);
        var reader = new Utf8JsonReader(span, isFinalBlock: eof, default);
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return eof ? throw Problem("the file ends in the middle of a value (truncated?)") : Step.NeedMore;
            }
        }
        catch (JsonException e)
        {
            throw eof && AtEndOf(span, e) ? Problem("the file ends in the middle of a value (truncated?)") : ProblemInside(e);
        }

        var length = (int)reader.BytesConsumed;
        number++;
        item = new JsonValueItem(number, line, layout == Layout.Array, span[..length].ToArray(), null);
        Advance(length);
        afterValue = true;
        afterComma = false;
        return Step.Value;
    }

    private Step AtEnd() => layout switch
    {
        Layout.Unknown => throw Problem("the file holds no JSON (it is empty or only whitespace)"),
        Layout.Array => throw Problem("the file ends before the array's closing ']' (truncated?)"),
        _ => Step.Done,
    };

    private async Task<string?> FillAsync(CancellationToken cancellation)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxValueBytes)
            {
                return $"line {line}: a value larger than {MaxValueBytes / (1024 * 1024)} MiB starts here; a snapshot is a few KB — is this a collector file?";
            }

            Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxValueBytes));
        }

        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellation).ConfigureAwait(false);
        end += read;
        eof = read == 0;
        return null;
    }

    private void SkipWhitespace()
    {
        var skip = 0;
        while (start + skip < end && buffer[start + skip] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            skip++;
        }

        Advance(skip);
    }

    private void Advance(int count)
    {
        var span = buffer.AsSpan(start, count);
        for (var at = span.IndexOf((byte)'\n'); at >= 0; at = span.IndexOf((byte)'\n'))
        {
            line++;
            lineStart = consumed + (count - span.Length) + at + 1;
            span = span[(at + 1)..];
        }

        consumed += count;
        start += count;
    }

    private JsonValueException Problem(string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {line}, column {consumed - lineStart + 1}: {message}"));

    private JsonValueException ProblemInside(JsonException e)
    {
        var lines = (int)(e.LineNumber ?? 0);
        var column = (e.BytePositionInLine ?? 0) + 1 + (lines == 0 ? consumed - lineStart : 0);
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = string.Join(' ', (cut > 0 ? message[..cut] : message).Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return new JsonValueException(string.Create(CultureInfo.InvariantCulture, $"line {line + lines}, column {column}: not valid JSON: {message}"));
    }

    /// <summary>True when the reader failed on the last bytes it had: the value was cut off, not malformed.</summary>
    private static bool AtEndOf(ReadOnlySpan<byte> span, JsonException e)
    {
        var offset = 0;
        for (var line = 0L; line < (e.LineNumber ?? 0); line++)
        {
            var next = span[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return false;
            }

            offset += next + 1;
        }

        return offset + (e.BytePositionInLine ?? 0) >= span.TrimEnd(" \t\r\n"u8).Length - 1;
    }

    private static string Show(byte b) => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}";

    private sealed class JsonValueException(string message) : Exception(message);
}
