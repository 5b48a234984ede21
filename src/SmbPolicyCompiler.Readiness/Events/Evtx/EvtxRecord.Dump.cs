using SmbPolicyCompiler.Readiness.Events.Dump;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>A decoded record is written by the dump writers straight from its buffer, without strings.</summary>
internal sealed partial class EvtxRecord : IDumpRecord
{
    ReadOnlySpan<char> IDumpRecord.Provider => this[Provider];

    ReadOnlySpan<char> IDumpRecord.Channel => this[Channel];

    ReadOnlySpan<char> IDumpRecord.Computer => this[Computer];

    int IDumpRecord.EventId => EventId ?? 0;
}
