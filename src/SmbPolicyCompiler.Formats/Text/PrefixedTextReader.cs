namespace SmbPolicyCompiler.Formats.Text;

/// <summary>A forward text reader: text already read (to look at it first), then the rest of the inner reader.</summary>
internal sealed class PrefixedTextReader(string prefix, TextReader inner) : TextReader
{
    private int _position;

    public override int Peek() => _position < prefix.Length ? prefix[_position] : inner.Peek();

    public override int Read() => _position < prefix.Length ? prefix[_position++] : inner.Read();

    public override int Read(Span<char> buffer)
    {
        if (_position >= prefix.Length)
        {
            return inner.Read(buffer);
        }

        var count = Math.Min(prefix.Length - _position, buffer.Length);
        prefix.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
