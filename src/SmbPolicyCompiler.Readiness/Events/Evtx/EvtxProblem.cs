namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>Something met while reading an .evtx file, with its place in words (file offset, chunk, record).</summary>
internal readonly record struct EvtxProblem(ReadProblemKind Kind, string Message);
