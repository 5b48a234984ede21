namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>Paths inside a GPO backup, matched without regard to case (backups spell SecEdit, Machine... either way).</summary>
internal static class BackupFiles
{
    public static readonly string[] MachinePol = ["DomainSysvol", "GPO", "Machine", "registry.pol"];
    public static readonly string[] UserPol = ["DomainSysvol", "GPO", "User", "registry.pol"];
    public static readonly string[] GptTmpl = ["DomainSysvol", "GPO", "Machine", "microsoft", "windows nt", "SecEdit", "GptTmpl.inf"];
    public static readonly string[] MachineFolder = ["DomainSysvol", "GPO", "Machine"];
    public static readonly string[] UserFolder = ["DomainSysvol", "GPO", "User"];

    /// <summary>Every folder at or below <paramref name="root"/> that holds a Backup.xml or bkupInfo.xml (a GPMC backup), sorted.</summary>
    public static IReadOnlyList<string> FindBackups(string root)
    {
        var found = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (Find(folder, "Backup.xml") is not null || Find(folder, "bkupInfo.xml") is not null)
            {
                found.Add(folder);
                continue;
            }

            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                if (!Path.GetFileName(child).StartsWith('.'))
                {
                    pending.Push(child);
                }
            }
        }

        return [.. found.Order(StringComparer.Ordinal)];
    }

    /// <summary>The file or folder at <paramref name="segments"/> below <paramref name="folder"/>, or null.</summary>
    public static string? Find(string folder, params string[] segments)
    {
        var current = folder;
        foreach (var segment in segments)
        {
            if (!Directory.Exists(current))
            {
                return null;
            }

            var next = Directory.EnumerateFileSystemEntries(current)
                .Where(e => string.Equals(Path.GetFileName(e), segment, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}
