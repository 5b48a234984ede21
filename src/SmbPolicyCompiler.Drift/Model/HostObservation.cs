namespace SmbPolicyCompiler.Drift.Model;

/// <summary>
/// What one source read of one host: registry keys, Get-SmbServer/ClientConfiguration properties (by name), the
/// wire, the OS build. <see cref="Unreadable"/> says why the source could not read the host at all.
/// </summary>
public sealed record HostObservation(string Host, string Source)
{
    public ObservedRegistry? Registry { get; init; }

    public IReadOnlyDictionary<string, ObservedValue>? ServerConfiguration { get; init; }

    public IReadOnlyDictionary<string, ObservedValue>? ClientConfiguration { get; init; }

    public WireObservation? Wire { get; init; }

    public int? OsBuild { get; init; }

    public DateTimeOffset? CollectedAt { get; init; }

    public string? Unreadable { get; init; }

    public static HostObservation Failed(string host, string source, string reason) => new(host, source) { Unreadable = reason };
}
