using System.Text;
using SmbPolicyCompiler.Emit.Siem;

namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>The buffer that per-host SIEM files are written into gives the bytes UTF-8 encoding the whole text gives.</summary>
public class ChunkedUtf8BufferTests
{
    [Fact]
    public void Append_StringBuilder_KeepsASurrogatePairSplitBetweenTheBuildersChunks()
    {
        var text = new StringBuilder(16).Append(new string('a', 15)).Append("\U0001F600 é").Append('\uD83D'); // a lone high surrogate at the end
        var chunks = 0;
        foreach (var _ in text.GetChunks())
        {
            chunks++;
        }

        chunks.Should().BeGreaterThan(1);

        new ChunkedUtf8Buffer().Append(text).ToArray().Should().Equal(new UTF8Encoding(false).GetBytes(text.ToString()));
    }

    [Fact]
    public void ToArray_JoinsManyChunksInOrder()
    {
        var buffer = new ChunkedUtf8Buffer();
        var expected = new StringBuilder();
        for (var row = 0; row < 20_000; row++)
        {
            var line = $"host{row},\u20AC{row}\n";
            buffer.Append(line);
            buffer.Append("x"u8);
            expected.Append(line).Append('x');
        }

        var bytes = buffer.ToArray();
        bytes.Length.Should().BeGreaterThan(4 * 64 * 1024);
        bytes.Should().Equal(Encoding.UTF8.GetBytes(expected.ToString()));
        buffer.Length.Should().Be(bytes.Length);
    }

    [Fact]
    public void WriteTwice_GivesWhatToArrayGives_ForManyChunksAndAJsonWriter()
    {
        static void Write(ChunkedUtf8Buffer buffer)
        {
            using var writer = new System.Text.Json.Utf8JsonWriter(buffer);
            writer.WriteStartArray();
            for (var row = 0; row < 20_000; row++)
            {
                writer.WriteStringValue($"host{row} \u20AC \U0001F600");
            }

            writer.WriteStringValue(new string('y', 200_000)); // more than one chunk at once
            writer.WriteEndArray();
            writer.Flush();
            buffer.Append("\n"u8);
        }

        var whole = new ChunkedUtf8Buffer();
        Write(whole);

        ChunkedUtf8Buffer.WriteTwice(Write).Should().Equal(whole.ToArray());
    }

    [Fact]
    public void WriteTwice_AWriterThatGivesOtherBytesTheSecondTime_Throws()
    {
        var calls = 0;

        var act = () => ChunkedUtf8Buffer.WriteTwice(buffer => buffer.Append(++calls == 1 ? "short" : "longer"));

        act.Should().Throw<InvalidOperationException>();
    }
}
