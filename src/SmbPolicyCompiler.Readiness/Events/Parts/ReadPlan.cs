using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Decides how a file is read: whole, or — when it is large, uncompressed UTF-8 wevtutil XML or Winlogbeat NDJSON read by
/// the fast readers — in parts of about <see cref="EventReadOptions.PartBytes"/> that start at a record ("&lt;Event" for
/// XML, a line that starts with "{" for NDJSON), so that both cores read it. Anything it cannot tell is read whole.
/// </summary>
internal static class ReadPlan
{
    private const int Window = 1024 * 1024;

    public static IEnumerable<ReadPart> Parts(string path, Func<Stream> open, EventReadOptions options)
    {
        var boundaries = Boundaries(path, open, options, out var format);
        if (boundaries.Count == 0)
        {
            return [ReadPart.Whole(path, open)];
        }

        var length = new FileInfo(path).Length;
        var starts = (List<long>)[0, .. boundaries];
        return starts.Select((start, i) => new ReadPart(path, open, start, (i + 1 < starts.Count ? starts[i + 1] : length) - start, i, starts.Count, i == 0 ? null : format));
    }

    private static List<long> Boundaries(string path, Func<Stream> open, EventReadOptions options, out EventInputFormat format)
    {
        format = EventInputFormat.Auto;
        var boundaries = new List<long>();
        try
        {
            var length = new FileInfo(path).Length;
            if (options.PartBytes <= 0 || length < 2 * options.PartBytes || options.XmlEngine == XmlEngine.XmlReader || options.Format != EventInputFormat.Auto)
            {
                return boundaries;
            }

            using var stream = open();
            if (!Splittable(stream, out format))
            {
                return boundaries;
            }

            var buffer = new byte[Window];
            for (var target = options.PartBytes; target < length - options.PartBytes / 2; target += options.PartBytes)
            {
                var from = Math.Max(target, boundaries.Count > 0 ? boundaries[^1] + 1 : 0);
                stream.Seek(from, SeekOrigin.Begin);
                var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                var at = RecordStart(buffer.AsSpan(0, read), format);
                if (at >= 0)
                {
                    boundaries.Add(from + at);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            boundaries.Clear();
        }

        return boundaries;
    }

    private static bool Splittable(Stream stream, out EventInputFormat format)
    {
        format = EventInputFormat.Auto;
        var head = new byte[64 * 1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        using var input = TextInput.Open(new MemoryStream(head, 0, length));
        if (!input.Encoding.IsUtf8 || head.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return false;
        }

        var (detected, _) = FormatSniffer.Detect(input);
        format = detected ?? EventInputFormat.Auto;
        return detected switch
        {
            EventInputFormat.WevtutilXml => head.AsSpan(0, length).IndexOf("<!DOCTYPE"u8) < 0,
            EventInputFormat.WinlogbeatNdjson => true,
            _ => false,
        };
    }

    /// <summary>
    /// Where the first record in <paramref name="bytes"/> begins that follows a complete one — so that reading from there
    /// is what reading the whole file does from there, whatever damage there is elsewhere — or -1.
    /// </summary>
    private static int RecordStart(ReadOnlySpan<byte> bytes, EventInputFormat format)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var found = format == EventInputFormat.WinlogbeatNdjson ? bytes[offset..].IndexOf("\n{"u8) + 1 : bytes[offset..].IndexOf("<Event"u8);
            if (found <= 0 && (format == EventInputFormat.WinlogbeatNdjson || found < 0))
            {
                return -1;
            }

            var at = offset + found;
            // NDJSON lines stand alone (JsonEventReader.ObjectPerLine), so any line start will do.
            if (format == EventInputFormat.WinlogbeatNdjson || AfterCompleteEvent(bytes, at))
            {
                return at;
            }

            offset = at + 1;
        }

        return -1;
    }

    /// <summary>"&lt;Event" followed by a name end, with "&lt;/Event&gt;" (and only white space) before it.</summary>
    private static bool AfterCompleteEvent(ReadOnlySpan<byte> bytes, int at) =>
        at + 6 < bytes.Length && bytes[at + 6] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/'
        && bytes[..at].TrimEnd(" \t\r\n"u8).EndsWith("</Event>"u8);
}
