using SmbPolicyCompiler.Formats.Input;

namespace SmbPolicyCompiler.Drift.Sources;

/// <summary>A file source's paths as files (by the rule of <see cref="InputFiles"/>): a path that names nothing, or a folder that cannot be listed, makes the source unavailable.</summary>
internal static class DriftInputs
{
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> paths, string source, string extension)
    {
        var found = InputFiles.Expand(paths, f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase), extension + " files");
        if (found.Problems.FirstOrDefault(p => p.Kind != InputPathProblemKind.EmptyFolder) is { } problem)
        {
            throw new SourceUnavailableException(problem.Kind == InputPathProblemKind.Missing
                ? $"{source}: '{problem.Path}' is neither a file nor a folder"
                : $"{source}: {problem}");
        }

        return found.Files;
    }
}
