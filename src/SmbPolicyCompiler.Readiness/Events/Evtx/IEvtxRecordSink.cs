namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>Takes the decoded records of one chunk, in file order; what it keeps it must copy (the record is reused).</summary>
internal interface IEvtxRecordSink
{
    void Accept(EvtxRecord record);
}
