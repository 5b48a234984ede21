using System.Text;
using System.Text.Json;
using SmbPolicyCompiler.Emit.Siem.Lookup;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>The watchlist's CSV, escaped into its ARM template a piece at a time, gives the bytes of writing it whole.</summary>
public class LongJsonStringTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_095)]
    [InlineData(4_096)]
    [InlineData(4_097)]
    [InlineData(20_000)]
    public void WriteInSegments_GivesTheBytesOfWriteString(int length)
    {
        var random = new Random(length);
        var pieces = new[] { "a", "\"", "\n", "\\", "é", "\u2028", "<", "'", "\U0001F600", "\u0001", ",", "+" };
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        var value = text.ToString(0, length);
        if (length > 4_097)
        {
            value = value[..4_095] + "\U0001F600" + value[4_097..]; // a surrogate pair across the first segment boundary
        }

        SegmentedMatchesWhole(value);
    }

    [Theory]
    [InlineData(4_093)]
    [InlineData(4_094)]
    [InlineData(4_095)]
    [InlineData(4_096)]
    public void WriteInSegments_KeepsACharacterWhoseBytesCrossTheSegmentBoundaryWhole(int asciiBefore)
    {
        SegmentedMatchesWhole(new string('a', asciiBefore) + "\U0001F600é\u20AC" + new string('b', 5_000) + "\u20AC");
    }

    private static void SegmentedMatchesWhole(string value)
    {
        Write(w => w.WriteString("rawContent", value)).Should().Equal(Write(w =>
        {
            w.WritePropertyName("rawContent");
            SentinelWatchlistTemplate.WriteInSegments(w, Encoding.UTF8.GetBytes(value));
        }));
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
