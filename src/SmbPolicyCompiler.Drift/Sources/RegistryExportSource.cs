using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.RegFiles;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>
/// Reads <c>reg export</c> files (UTF-16 or UTF-8) of the LanmanServer / LanmanWorkstation keys. The host is the
/// file's name up to its first dot (FS-PAR-01.reg, FS-PAR-01.lanmanserver.reg), or the name of the folder the file
/// sits in when it is in a subfolder of the given folder (exports/FS-PAR-01/*.reg). A host's files are merged; a file
/// that cannot be read makes its own unknown observation. Each exported key covers its subkeys (a missing subkey does
/// not exist). An export of HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion supplies CurrentBuild.
/// </summary>
public sealed class RegistryExportSource(IReadOnlyList<string> paths) : ILiveStateSource
{
    private const string CurrentVersionKey = @"SOFTWARE\Microsoft\Windows NT\CurrentVersion";

    public string Name => "regexport";

    public Task<SourceResult> ReadAsync(IReadOnlyList<DriftTarget> targets, IProgress<SourceProgress>? progress, CancellationToken cancellation)
    {
        var files = DriftInputs.Expand(paths, Name, ".reg");
        var byHost = new SortedDictionary<string, HostFiles>(StringComparer.OrdinalIgnoreCase);
        var failed = new List<HostObservation>();
        for (var i = 0; i < files.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var file = files[i];
            var host = file.Subfolder ?? Path.GetFileName(file.Path).Split('.')[0];
            try
            {
                var parsed = RegFileReader.ReadFile(file.Path);
                if (!byHost.TryGetValue(host, out var entry))
                {
                    byHost[host] = entry = new HostFiles();
                }

                entry.Files.Add(file.Display);
                entry.Build = Load(parsed, entry.Registry) ?? entry.Build;
            }
            catch (Exception e) when (e is InvalidFileFormatException or IOException or UnauthorizedAccessException)
            {
                failed.Add(HostObservation.Failed(host, $"{Name}:{file.Display}", e.Message));
            }

            progress?.Report(new SourceProgress(Name, i + 1, files.Count, failed.Count, file.Display));
        }

        var observations = byHost
            .Select(h => new HostObservation(h.Key, $"{Name}:{string.Join("+", h.Value.Files)}") { Registry = h.Value.Registry, OsBuild = h.Value.Build })
            .Concat(failed)
            .ToList();
        return Task.FromResult(SourceResult.Of(Name, observations));
    }

    private static int? Load(RegFile file, ObservedRegistry registry)
    {
        int? build = null;
        var paths = file.Keys.Where(k => !k.IsDeletion).Select(k => k.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var key in file.Keys.Where(k => !k.IsDeletion))
        {
            var cut = key.Path.LastIndexOf('\\');
            if (cut < 0 || !paths.Contains(key.Path[..cut]))
            {
                registry.AddTree(key.Path);
            }

            registry.AddKey(key.Path);
            foreach (var value in key.Values.Where(v => v.Value is not null))
            {
                var observed = ToObserved(value.Value!);
                registry.Add(key.Path, value.Name, observed);
                if (key.Path.EndsWith(CurrentVersionKey, StringComparison.OrdinalIgnoreCase) && value.Name.Equals("CurrentBuild", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(observed.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var b))
                {
                    build = b;
                }
            }
        }

        return build;
    }

    /// <summary>Numbers for well-formed DWORD/QWORD values; text for the rest (and for a DWORD with the wrong data length).</summary>
    public static ObservedValue ToObserved(RegistryValue value) => value.Type switch
    {
        RegistryValueType.DWord or RegistryValueType.DWordBigEndian when value.Data.Length == 4 => ObservedValue.Of(value.AsDword()),
        RegistryValueType.QWord when value.Data.Length == 8 && value.AsQWord() <= long.MaxValue => ObservedValue.Of((long)value.AsQWord()),
        RegistryValueType.String or RegistryValueType.ExpandString => ObservedValue.OfText(value.AsString()),
        RegistryValueType.MultiString => ObservedValue.OfText(string.Join(", ", value.AsMultiString())),
        _ => ObservedValue.OfText(value.ToString()),
    };

    private sealed class HostFiles
    {
        public ObservedRegistry Registry { get; } = new();

        public List<string> Files { get; } = [];

        public int? Build { get; set; }
    }
}
