using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>
/// Turns <c>--source</c> values into sources: <c>snapshots=&lt;file|folder&gt;</c>, <c>regexport=&lt;file|folder&gt;</c>,
/// <c>wire</c>, <c>wmi</c>. A kind given twice is one source reading all its paths.
/// </summary>
internal static class DriftSourceSpecs
{
    public const string Usage = "snapshots=<file|folder>, regexport=<file|folder>, wire or wmi";

    public static IReadOnlyList<ILiveStateSource> Parse(IReadOnlyList<string> specs, WireScanOptions wire)
    {
        if (specs.Count == 0)
        {
            throw new ArgumentException($"no --source given; say where live state comes from: --source {Usage} (repeatable)");
        }

        var paths = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var spec in specs)
        {
            var (kind, path) = Split(spec);
            if (!paths.TryGetValue(kind, out var list))
            {
                paths[kind] = list = [];
                order.Add(kind);
            }

            if (path is not null)
            {
                list.Add(path);
            }
        }

        return order.Select(kind => Create(kind, paths[kind], wire)).ToList();
    }

    private static (string Kind, string? Path) Split(string spec)
    {
        var equals = spec.IndexOf('=', StringComparison.Ordinal);
        var kind = (equals < 0 ? spec : spec[..equals]).Trim().ToLowerInvariant();
        var path = equals < 0 ? null : spec[(equals + 1)..].Trim();
        kind = kind == "snapshot" ? "snapshots" : kind;
        return kind switch
        {
            "snapshots" or "regexport" when string.IsNullOrEmpty(path) =>
                throw new ArgumentException($"--source {spec}: give the file or folder, e.g. --source {kind}=C:\\smbstate"),
            "wire" or "wmi" when path is not null =>
                throw new ArgumentException($"--source {spec}: '{kind}' takes no value; use --targets to give addresses"),
            "snapshots" or "regexport" or "wire" or "wmi" => (kind, path),
            _ => throw new ArgumentException($"--source {spec}: unknown source '{kind}'; use {Usage}"),
        };
    }

    private static ILiveStateSource Create(string kind, IReadOnlyList<string> paths, WireScanOptions wire) => kind switch
    {
        "snapshots" => new SnapshotSource(paths),
        "regexport" => new RegistryExportSource(paths),
        "wire" => new WireSource(wire),
        _ => new WmiSource(wire.MaxConcurrency, wire.Timeout, wire.Retries),
    };
}
