namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>How to read .evtx files: the limits of the event reader and how many cores decode chunks.</summary>
internal sealed record EvtxReadSettings(EventReadOptions Options, int Threads)
{
    public static EvtxReadSettings For(EventReadOptions options) => new(options, Environment.ProcessorCount);
}
