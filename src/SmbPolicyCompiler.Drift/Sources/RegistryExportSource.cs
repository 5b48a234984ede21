using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.RegFiles;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// Reads <c>reg export</c> files (UTF-16 or UTF-8) of the LanmanServer / LanmanWorkstation keys. The host is the
/// file's name up to its first dot (FS-PAR-01.reg, FS-PAR-01.lanmanserver.reg), or the name of the folder the file
/// sits in when it is in a subfolder of the given folder (exports/FS-PAR-01/*.reg). A host's files are merged.
/// An export of HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion supplies CurrentBuild.
/// </summary>
public sealed class RegistryExportSource(IReadOnlyList<string> paths) : ILiveStateSource
{
    private const string CurrentVersionKey = @"SOFTWARE\Microsoft\Windows NT\CurrentVersion";

    public string Name => "regexport";

    public Task<IReadOnlyList<HostObservation>> ReadAsync(IReadOnlyList<DriftTarget> targets, IProgress<string>? progress, CancellationToken cancellation)
    {
        var byHost = new SortedDictionary<string, (ObservedRegistry Registry, List<string> Files, List<string> Errors, int? Build)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, host) in Files())
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Report(file);
            if (!byHost.TryGetValue(host, out var entry))
            {
                byHost[host] = entry = (new ObservedRegistry(), [], [], null);
            }

            entry.Files.Add(Path.GetFileName(file));
            try
            {
                var build = Load(RegFileReader.ReadFile(file), entry.Registry);
                byHost[host] = entry with { Build = build ?? entry.Build };
            }
            catch (Exception e) when (e is InvalidFileFormatException or IOException or UnauthorizedAccessException)
            {
                entry.Errors.Add(e.Message);
            }
        }

        IReadOnlyList<HostObservation> observations = byHost.Select(h => h.Value.Errors.Count > 0 && !h.Value.Registry.Keys.Any()
                ? HostObservation.Failed(h.Key, Name, string.Join("; ", h.Value.Errors))
                : new HostObservation(h.Key, $"{Name}:{string.Join("+", h.Value.Files)}") { Registry = h.Value.Registry, OsBuild = h.Value.Build })
            .ToList();
        return Task.FromResult(observations);
    }

    private IEnumerable<(string File, string Host)> Files()
    {
        foreach (var path in paths)
        {
            foreach (var file in InputFiles.Expand([path], Name, ".reg"))
            {
                var parent = Path.GetDirectoryName(Path.GetFullPath(file))!;
                var inSubfolder = Directory.Exists(path) && !string.Equals(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar), parent, StringComparison.Ordinal);
                var host = inSubfolder ? Path.GetFileName(parent) : Path.GetFileName(file).Split('.')[0];
                yield return (file, host);
            }
        }
    }

    private static int? Load(RegFile file, ObservedRegistry registry)
    {
        int? build = null;
        foreach (var key in file.Keys.Where(k => !k.IsDeletion))
        {
            registry.AddKey(key.Path);
            foreach (var value in key.Values.Where(v => v.Value is not null))
            {
                var observed = ToObserved(value.Value!);
                registry.Add(key.Path, value.Name, observed);
                if (key.Path.EndsWith(CurrentVersionKey, StringComparison.OrdinalIgnoreCase) && value.Name.Equals("CurrentBuild", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(observed.Text, out var b))
                {
                    build = b;
                }
            }
        }

        return build;
    }

    public static ObservedValue ToObserved(RegistryValue value) => value.Type switch
    {
        RegistryValueType.DWord or RegistryValueType.DWordBigEndian => ObservedValue.Of(value.AsDword()),
        RegistryValueType.QWord => ObservedValue.Of((long)value.AsQWord()),
        RegistryValueType.String or RegistryValueType.ExpandString => ObservedValue.OfText(value.AsString()),
        RegistryValueType.MultiString => ObservedValue.OfText(string.Join(", ", value.AsMultiString())),
        _ => ObservedValue.OfText(value.ToString()),
    };
}
