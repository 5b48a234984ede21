using SmbPolicyCompiler.Formats.Streams;

namespace SmbPolicyCompiler.Formats.Text;

/// <summary>A read-only forward stream: bytes already read for sniffing, then the rest of the inner stream.</summary>
public sealed class PrefixedStream(byte[] prefix, int prefixStart, int prefixLength, Stream inner) : ReadOnlyStream(inner)
{
    private int _prefixPos = prefixStart;

    public override int Read(Span<byte> buffer)
    {
        var left = prefixLength - _prefixPos;
        if (left > 0)
        {
            var n = Math.Min(left, buffer.Length);
            prefix.AsSpan(_prefixPos, n).CopyTo(buffer);
            _prefixPos += n;
            return n;
        }

        return Inner.Read(buffer);
    }
}
