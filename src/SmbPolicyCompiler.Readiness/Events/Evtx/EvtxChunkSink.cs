namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>What one chunk produced: whatever the sink keeps of its records, and the problems met, in file order.</summary>
internal abstract class EvtxChunkSink : IEvtxRecordSink
{
    public List<EvtxProblem> Problems { get; } = [];

    public abstract void Accept(EvtxRecord record);

    /// <summary>Called on the decoding thread after the chunk's last record.</summary>
    public virtual void Complete()
    {
    }

    /// <summary>Makes the sink ready for another chunk.</summary>
    public virtual void Clear() => Problems.Clear();
}
