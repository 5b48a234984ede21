namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>A read-only window on a stream (from its position, at most <paramref name="length"/> bytes; all when negative) that counts the bytes and line feeds read.</summary>
internal sealed class RangeStream(Stream inner, long length) : Stream
{
    private long _left = length < 0 ? long.MaxValue : length;
    private long _bytesRead;

    public long BytesRead => Volatile.Read(ref _bytesRead);

    public long LineFeeds { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_left <= 0)
        {
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
        _left -= read;
        LineFeeds += buffer[..read].Count((byte)'\n');
        Volatile.Write(ref _bytesRead, _bytesRead + read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
