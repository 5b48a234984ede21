namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>A JSON value that is not a collector snapshot; the message names the JSON path and the fix.</summary>
internal sealed class SnapshotFormatException(string message) : Exception(message);
