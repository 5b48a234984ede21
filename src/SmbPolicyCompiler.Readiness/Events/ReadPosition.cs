namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>The file being read (null before the first) and the byte offset reached in it.</summary>
internal readonly record struct ReadPosition(string? File, long Offset);
