using System.Diagnostics.CodeAnalysis;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Reads a binary .evtx log for readiness: every record of every channel, in file order, with the file's damage
/// reported (file, chunk, offset) and the rest still read.
/// </summary>
internal sealed class EvtxEventReader : IEventRecordReader
{
    private readonly Stream _stream;
    private readonly ReadContext _context;
    private readonly EvtxFileReader<AuditEventSink> _reader;
    private readonly IEnumerator<AuditEventSink> _chunks;
    private AuditEventSink? _current;
    private int _next;
    private bool _started;

    public EvtxEventReader(Stream stream, ReadContext context)
    {
        _stream = stream;
        _context = context;
        _reader = new EvtxFileReader<AuditEventSink>(stream, EvtxReadSettings.For(context.Options), () => new AuditEventSink(context.File, context.Options));
        _chunks = _reader.Chunks().GetEnumerator();
    }

    public string? NotEventReason => _reader.IsEvtx ? null : "it does not start with the .evtx signature";

    public bool TryRead([NotNullWhen(true)] out AuditEvent? record)
    {
        while (_current is null || _next >= _current.Events.Count)
        {
            var more = _chunks.MoveNext();
            if (!_started)
            {
                _started = true;
                Replay(_reader.FileProblems);
            }

            if (!more)
            {
                _current = null;
                record = null;
                return false;
            }

            _current = _chunks.Current;
            _next = 0;
            Replay(_current.Problems);
        }

        record = _current.Events[_next++];
        return true;
    }

    public void Dispose()
    {
        _chunks.Dispose();
        _stream.Dispose();
    }

    private void Replay(List<EvtxProblem> problems)
    {
        foreach (var problem in problems)
        {
            _context.Problem(problem.Kind, 0, problem.Message);
        }
    }
}
