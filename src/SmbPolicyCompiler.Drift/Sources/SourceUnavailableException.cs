namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>A source that cannot run at all (missing folder, not on Windows): the drift command exits 2 with this message.</summary>
public sealed class SourceUnavailableException(string message) : Exception(message);
