using System.Text.Json;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Formats.Input;

namespace SmbPolicyCompiler.Drift.Sources.Snapshots;

/// <summary>
/// Turns one snapshot file into entries: a file holding one snapshot, an array of them, or several appended. What
/// cannot be tied to a host becomes a note: the broken part of an array file, a snapshot without a hostName in it.
/// A single-snapshot file that cannot be read is named after its file (FS01.json → FS01). Only what the catalogue
/// reads is kept of each snapshot.
/// </summary>
internal static class SnapshotFileReader
{
    public static IEnumerable<(SnapshotEntry? Entry, string? Note)> Read(InputFile file, string source, CancellationToken cancellation)
    {
        string? unreadable = null;
        byte[] utf8 = [];
        try
        {
            utf8 = SnapshotFileBytes.ReadUtf8(file.Path);
        }
        catch (InvalidDataException e)
        {
            unreadable = $"{file.Display}: {e.Message}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            unreadable = $"cannot read {file.Display}: {e.Message}";
        }

        if (unreadable is not null)
        {
            yield return (Failed(FileHost(file), file.Display, source, unreadable), null);
            yield break;
        }

        var read = 0;
        foreach (var item in SnapshotJsonValues.Read(utf8))
        {
            cancellation.ThrowIfCancellationRequested();
            var origin = item.InArray || item.Number > 1 ? $"{file.Display}#{item.Number}" : file.Display;
            if (item.Error is { } error)
            {
                yield return item.InArray || read > 0
                    ? (null, $"{file.Display}: {error}; {read} snapshot(s) before that point were read, the rest of the file was not")
                    : (Failed(FileHost(file), origin, source, $"{file.Display}: {error}"), null);
                yield break;
            }

            read++;
            foreach (var result in Parse(item, file, origin, source))
            {
                yield return result;
            }
        }
    }

    private static List<(SnapshotEntry? Entry, string? Note)> Parse(JsonValueItem item, InputFile file, string origin, string source)
    {
        using var document = item.Document!;
        var root = document.RootElement;
        if (item.InArray || !JsonProperties.IsArrayWrapper(root))
        {
            return [ParseOne(root, file, origin, item, source)];
        }

        // Windows PowerShell 5.1 may write a whole array as {"value": [...], "Count": n}.
        return root.Items()!.Select((element, i) => ParseOne(element, file, $"{file.Display}#{i + 1}", item, source)).ToList();
    }

    private static (SnapshotEntry?, string?) ParseOne(JsonElement element, InputFile file, string origin, JsonValueItem item, string source)
    {
        try
        {
            var snapshot = SnapshotParser.Parse(element, CatalogueNames.All);
            var observation = new HostObservation(snapshot.HostName, $"{source}:{origin}")
            {
                Registry = snapshot.Registry,
                ServerConfiguration = snapshot.ServerConfiguration,
                ClientConfiguration = snapshot.ClientConfiguration,
                OsBuild = snapshot.Build,
                CollectedAt = snapshot.CollectedAt,
            };
            return (new SnapshotEntry(snapshot.HostName, snapshot.DnsName, origin, observation), null);
        }
        catch (SnapshotFormatException e)
        {
            var reason = e.Message;
            var at = $"{origin} (line {item.Line})";
            if (SnapshotParser.HostNameOf(element) is { } host)
            {
                return (Failed(host, origin, source, $"{at}: {reason}"), null);
            }

            return item.InArray || item.Number > 1 || origin != file.Display
                ? (null, $"{at}: {reason}; the snapshot names no host, so no host is marked unknown for it")
                : (Failed(FileHost(file), origin, source, $"{at}: {reason}"), null);
        }
    }

    private static SnapshotEntry Failed(string host, string origin, string source, string reason) =>
        new(host, null, origin, HostObservation.Failed(host, $"{source}:{origin}", reason));

    private static string FileHost(InputFile file) => Path.GetFileName(file.Path).Split('.')[0];
}
