using SmbPolicyCompiler.Formats.Streams;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>A read-only window on a stream (from its position, at most <paramref name="length"/> bytes; all when negative) that counts the bytes and line feeds read.</summary>
internal sealed class RangeStream(Stream inner, long length) : ReadOnlyStream(inner)
{
    private long _left = length < 0 ? long.MaxValue : length;
    private long _bytesRead;

    public long BytesRead => Volatile.Read(ref _bytesRead);

    public long LineFeeds { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (_left <= 0)
        {
            return 0;
        }

        var read = Inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
        _left -= read;
        LineFeeds += buffer[..read].Count((byte)'\n');
        Volatile.Write(ref _bytesRead, _bytesRead + read);
        return read;
    }
}
