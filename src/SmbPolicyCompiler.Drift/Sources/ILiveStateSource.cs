using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>One way of reading live state. Sources never throw for one bad host or file: they return an unreadable observation with the reason.</summary>
public interface ILiveStateSource
{
    /// <summary>How findings name this source, e.g. "snapshot", "regexport", "wire", "wmi".</summary>
    string Name { get; }

    Task<IReadOnlyList<HostObservation>> ReadAsync(IReadOnlyList<DriftTarget> targets, IProgress<string>? progress, CancellationToken cancellation);
}

/// <summary>A source that cannot run at all (missing folder, not on Windows): the drift command exits 2 with this message.</summary>
public sealed class SourceUnavailableException(string message) : Exception(message);
