using System.Buffers;
using SmbPolicyCompiler.Formats.Streams;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>A write-only stream into an <see cref="IBufferWriter{T}"/>, for writers (XmlWriter) that want a stream.</summary>
internal sealed class BufferWriterStream(IBufferWriter<byte> target) : WriteOnlyStream
{
    public override void Write(ReadOnlySpan<byte> buffer) => target.Write(buffer);
}
