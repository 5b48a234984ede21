using System.Buffers;
using System.Text;

namespace SmbPolicyCompiler.Emit.Siem;

/// <summary>
/// UTF-8 output of unknown length (a row per host) kept in small chunks, copied once into an array of exactly its size:
/// no doubling buffer and no UTF-16 copy of the text. Chunks stay below the large-object threshold, so a young
/// collection frees them; only the finished file lands on the large-object heap. For the biggest files,
/// <see cref="WriteTwice"/> writes once to count the bytes and once straight into the array, through one chunk.
/// </summary>
internal sealed class ChunkedUtf8Buffer : IBufferWriter<byte>
{
    private const int ChunkSize = 64 * 1024;
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly List<(byte[] Chunk, int Used)> _full = [];
    private readonly bool _keepsChunks = true;
    private readonly byte[]? _target;
    private readonly ReadOnlySpanAction? _through;
    private byte[] _current = new byte[ChunkSize];
    private int _used;
    private long _passed; // bytes of chunks already counted or copied into _target, when chunks are not kept

    public ChunkedUtf8Buffer()
    {
    }

    private ChunkedUtf8Buffer(byte[]? target)
    {
        _keepsChunks = false;
        _target = target;
    }

    private ChunkedUtf8Buffer(ReadOnlySpanAction through)
    {
        _keepsChunks = false;
        _through = through;
    }

    /// <summary>Hands each full chunk to the receiver.</summary>
    public delegate void ReadOnlySpanAction(ReadOnlySpan<byte> chunk);

    public long Length => _passed + _full.Sum(c => (long)c.Used) + _used;

    /// <summary>
    /// The bytes <paramref name="write"/> produces, which must be the same each time it is called: a first call counts
    /// them through one reused chunk, a second writes them into an array of exactly that size. Twice the writing, but
    /// the file is held once (not as chunks and an array at the same time).
    /// </summary>
    public static byte[] WriteTwice(Action<ChunkedUtf8Buffer> write)
    {
        var counter = new ChunkedUtf8Buffer(target: null);
        write(counter);
        var target = new byte[counter.Length];
        var filler = new ChunkedUtf8Buffer(target);
        write(filler);
        filler.Pass();
        if (filler._passed != target.Length)
        {
            throw new InvalidOperationException($"the writer gave {filler._passed} bytes the second time, {target.Length} the first");
        }

        return target;
    }

    /// <summary>The bytes <paramref name="write"/> produces, handed to <paramref name="through"/> a chunk at a time as they are written.</summary>
    public static void WriteThrough(Action<ChunkedUtf8Buffer> write, ReadOnlySpanAction through)
    {
        var buffer = new ChunkedUtf8Buffer(through);
        write(buffer);
        buffer.Pass();
    }

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var at = Reserve(sizeHint); // may start a new chunk: read _current after it
        return _current.AsMemory(at);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var at = Reserve(sizeHint);
        return _current.AsSpan(at);
    }

    public ChunkedUtf8Buffer Append(string text)
    {
        var span = GetSpan(Utf8.GetMaxByteCount(text.Length));
        Advance(Utf8.GetBytes(text, span));
        return this;
    }

    /// <summary>Encodes the builder a chunk at a time (a surrogate pair split between chunks is carried over).</summary>
    public ChunkedUtf8Buffer Append(StringBuilder text)
    {
        var encoder = Utf8.GetEncoder();
        foreach (var chunk in text.GetChunks())
        {
            var span = GetSpan(Utf8.GetMaxByteCount(chunk.Length));
            Advance(encoder.GetBytes(chunk.Span, span, flush: false));
        }

        Advance(encoder.GetBytes([], GetSpan(Utf8.GetMaxByteCount(0)), flush: true));
        return this;
    }

    public ChunkedUtf8Buffer Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Advance(bytes.Length);
        return this;
    }

    public byte[] ToArray()
    {
        if (!_keepsChunks)
        {
            throw new InvalidOperationException("a buffer of WriteTwice keeps no chunks");
        }

        var result = new byte[Length];
        var at = 0;
        foreach (var (chunk, used) in _full.Append((_current, _used)))
        {
            chunk.AsSpan(0, used).CopyTo(result.AsSpan(at));
            at += used;
        }

        return result;
    }

    /// <summary>Counts the current chunk's bytes (and copies them into the target, if any), then reuses the chunk.</summary>
    private void Pass()
    {
        if (_target is not null)
        {
            if (_passed + _used > _target.Length)
            {
                throw new InvalidOperationException($"the writer gave more than {_target.Length} bytes the second time");
            }

            _current.AsSpan(0, _used).CopyTo(_target.AsSpan((int)_passed));
        }

        _through?.Invoke(_current.AsSpan(0, _used));

        _passed += _used;
        _used = 0;
    }

    /// <summary>Starts a new chunk when the current one has less room than asked for; returns where writing starts.</summary>
    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _used < needed)
        {
            if (_keepsChunks)
            {
                _full.Add((_current, _used));
                _current = new byte[Math.Max(ChunkSize, needed)];
                _used = 0;
            }
            else
            {
                Pass();
                if (_current.Length < needed)
                {
                    _current = new byte[needed];
                }
            }
        }

        return _used;
    }
}
