using SmbPolicyCompiler.Drift.Evaluation;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// One way of reading live state. Sources never throw for one bad host or file: they return an unreadable observation
/// with the reason, or a note when the input cannot be tied to a host. Only <see cref="SourceUnavailableException"/>
/// (the source cannot run at all) and cancellation escape.
/// </summary>
public interface ILiveStateSource
{
    /// <summary>How findings name this source: "snapshot", "regexport", "wire", "wmi".</summary>
    string Name { get; }

    Task<SourceResult> ReadAsync(IReadOnlyList<DriftTarget> targets, IProgress<SourceProgress>? progress, CancellationToken cancellation);
}
