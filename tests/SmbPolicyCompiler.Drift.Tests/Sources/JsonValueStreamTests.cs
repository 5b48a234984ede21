using System.Text;
using SmbPolicyCompiler.Drift.Sources.Snapshots;

namespace SmbPolicyCompiler.Drift.Tests.Sources;

public class JsonValueStreamTests
{
    private const string Element = """{"schemaVersion": 1, "hostName": "H", "text": "[not, the end]"}""";

    private static async Task<List<JsonValueItem>> ReadAllAsync(Stream stream)
    {
        var items = new List<JsonValueItem>();
        await foreach (var item in JsonValueStream.ReadAsync(stream, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    private static string Text(JsonValueItem item) => Encoding.UTF8.GetString(item.Utf8.Span);

    [Fact]
    public async Task EndlessArray_YieldsElementsWithoutReadingToTheEnd()
    {
        await using var endless = new EndlessArrayStream("[", Element + ",\n");
        var seen = 0;

        await foreach (var item in JsonValueStream.ReadAsync(endless, CancellationToken.None))
        {
            item.Error.Should().BeNull();
            Text(item).Should().Be(Element);
            if (++seen == 1000)
            {
                break;
            }
        }

        endless.BytesRead.Should().BeLessThan(1_000_000, "the reader holds one value at a time, not the file");
    }

    [Fact]
    public async Task OneByteAtATime_GivesTheSameValuesWithTheirLines()
    {
        var text = "[\n  " + Element + ",\n  " + Element + "\n]\n";

        var items = await ReadAllAsync(new TrickleStream(Encoding.UTF8.GetBytes(text)));

        items.Select(i => (i.Number, i.Line, i.InArray, i.Error)).Should().Equal((1, 2, true, (string?)null), (2, 3, true, null));
        items.Select(Text).Should().Equal(Element, Element);
    }

    [Fact]
    public async Task TopLevelNumbersAndStrings_AreValuesToo()
    {
        var items = await ReadAllAsync(new TrickleStream(Encoding.UTF8.GetBytes("12 \"x\" true")));

        items.Select(Text).Should().Equal("12", "\"x\"", "true");
    }

    [Fact]
    public async Task EmptyArray_HasNoValues()
    {
        (await ReadAllAsync(new MemoryStream("[ ]"u8.ToArray()))).Should().BeEmpty();
    }

    [Fact]
    public async Task TrailingComma_IsAnError()
    {
        var items = await ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes("[" + Element + ",]")));

        items.Should().HaveCount(2);
        items[1].Error.Should().Be($"line 1, column {Element.Length + 3}: a ',' is followed by ']' (a trailing comma)");
    }

    [Fact]
    public async Task InvalidTokenOnALaterLine_IsPlacedOnThatLine()
    {
        var items = await ReadAllAsync(new MemoryStream("{\n  \"a\": 1,\n  \"b\": nope\n}"u8.ToArray()));

        items.Should().ContainSingle().Which.Error.Should().MatchRegex("^line 3, column [89]: not valid JSON: 'nope }' is an invalid JSON literal");
    }

    [Fact]
    public async Task ValueLargerThanTheLimit_IsRefusedWithoutReadingFurther()
    {
        await using var endless = new EndlessArrayStream("\"", new string('x', 1024));

        var items = await ReadAllAsync(endless);

        items.Should().ContainSingle().Which.Error.Should().Be("line 1: a value larger than 16 MiB starts here; a snapshot is a few KB — is this a collector file?");
        endless.BytesRead.Should().BeLessThan(JsonValueStream.MaxValueBytes + 1_000_000);
    }

    /// <summary>A prefix, then a unit repeated forever.</summary>
    private sealed class EndlessArrayStream(string prefix, string repeated) : Stream
    {
        private readonly byte[] unit = Encoding.UTF8.GetBytes(repeated);
        private bool started;
        private int offset;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int start, int count)
        {
            var written = 0;
            if (!started)
            {
                started = true;
                written = Encoding.UTF8.GetBytes(prefix, 0, prefix.Length, buffer, start);
            }

            while (written < count)
            {
                var take = Math.Min(count - written, unit.Length - offset);
                Array.Copy(unit, offset, buffer, start + written, take);
                written += take;
                offset = (offset + take) % unit.Length;
            }

            BytesRead += written;
            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Hands out one byte per read, as a slow pipe might.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
    }
}
