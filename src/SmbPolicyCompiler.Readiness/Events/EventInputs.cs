namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Checks event paths before a run: the files they expand to, and the paths that name nothing usable.</summary>
public static class EventInputs
{
    /// <summary>The files (folders expanded recursively, in a stable order) and, per bad path, an error in words.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Errors) Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var errors = new List<string>();
        foreach (var (path, error) in InputFiles.Expand(paths))
        {
            if (error is null)
            {
                files.Add(path);
            }
            else
            {
                errors.Add($"{path}: {error}");
            }
        }

        return (files, errors);
    }
}
