using SmbPolicyCompiler.Formats.Streams;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Tests.Streams;

/// <summary>The two stream bases (PrefixedStream, and a minimal write-only adapter): each direction works, the other is refused, the inner stream is owned.</summary>
public class StreamAdapterTests
{
    [Fact]
    public void ReadOnly_PrefixThenInner_ThroughArrayAndSpanReads_RefusesEverythingElse_DisposesInner()
    {
        var inner = new TrackedStream([4, 5, 6]);
        Stream stream = new PrefixedStream([9, 1, 2, 3], 1, 4, inner);

        var first = new byte[2];
        stream.Read(first, 0, 2).Should().Be(2);
        var rest = new MemoryStream();
        stream.CopyTo(rest);

        first.Should().Equal(1, 2);
        rest.ToArray().Should().Equal(3, 4, 5, 6);
        (stream.CanRead, stream.CanWrite, stream.CanSeek).Should().Be((true, false, false));
        stream.Invoking(s => s.Write([1], 0, 1)).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.Seek(0, SeekOrigin.Begin)).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.Length).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.Position = 0).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.SetLength(0)).Should().Throw<NotSupportedException>();
        inner.Disposed.Should().BeFalse();
        stream.Dispose();
        inner.Disposed.Should().BeTrue();
    }

    [Fact]
    public void WriteOnly_ArrayWritesReachTheSpanWrite_ReadsAndSeeksRefused()
    {
        var sink = new SpanSink();
        Stream stream = sink;

        stream.Write([9, 1, 2, 3, 9], 1, 3);
        stream.WriteByte(4);
        stream.Flush();

        sink.Written.Should().Equal(1, 2, 3, 4);
        (stream.CanRead, stream.CanWrite, stream.CanSeek).Should().Be((false, true, false));
        stream.Invoking(s => s.Read(new byte[1], 0, 1)).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.Seek(0, SeekOrigin.Begin)).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.Length).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.Position).Should().Throw<NotSupportedException>();
        stream.Invoking(s => s.SetLength(0)).Should().Throw<NotSupportedException>();
    }

    private sealed class TrackedStream(byte[] content) : MemoryStream(content)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private sealed class SpanSink : WriteOnlyStream
    {
        public List<byte> Written { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer) => Written.AddRange(buffer);
    }
}
