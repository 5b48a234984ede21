using SmbPolicyCompiler.Core.Binding;

namespace SmbPolicyCompiler.Drift.Model;

/// <summary>
/// One host, one setting, one source: what was expected, what was seen, and what that means. <see cref="DecidedBy"/>
/// is the ring, group or exception that set the expectation.
/// </summary>
public sealed record DriftFinding(
    string Host,
    string? Ring,
    string Group,
    string Control,
    string Stage,
    string Setting,
    string Expected,
    string Actual,
    DriftStatus Status,
    string Source,
    string Detail,
    Provenance? DecidedBy);
