namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Passes text through and remembers whether the end was reached and which line holds the last text, so that an
/// XmlReader error can be told apart as "the file ends inside an event" (truncated) or a real syntax error.
/// </summary>
internal sealed class EndTrackingReader(TextReader inner) : TextReader
{
    private long _newlines;
    private char _last = '\n';

    public bool AtEnd { get; private set; }

    /// <summary>The 1-based line of the last character read that is not a line end.</summary>
    public long LastTextLine => _last == '\n' ? _newlines : _newlines + 1;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        Track(c < 0 ? [] : [(char)c]);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Track(buffer[..read]);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Track(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            AtEnd = true;
            return;
        }

        _newlines += text.Count('\n');
        _last = text[^1];
    }
}
