using SmbPolicyCompiler.Formats.Input;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>Checks event paths before a run: the files they expand to, and the paths that name nothing usable.</summary>
public static class EventInputs
{
    /// <summary>The files (folders expanded by the rule of <see cref="InputFiles"/>) and, per bad path, an error in words.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Errors) Find(IEnumerable<string> paths)
    {
        var found = InputFiles.Expand(paths);
        return (found.Files.Select(f => f.Path).ToList(), found.Problems.Select(p => p.ToString()).ToList());
    }
}
