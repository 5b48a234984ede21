using SmbPolicyCompiler.Formats.Input;

namespace SmbPolicyCompiler.Core.Compilation;

/// <summary>Finds the policy files of a repository: *.yaml and *.yml below the root, by the rule of <see cref="InputFiles"/>.</summary>
internal static class PolicyFiles
{
    public static InputFileList Find(string root) => InputFiles.Expand([root], IsPolicyFile, "policy files (*.yaml, *.yml)");

    /// <summary>How a file is named in diagnostics: the root as the user gave it, then the path below it, with forward slashes.</summary>
    public static string DisplayPath(string displayRoot, InputFile file) =>
        file.GivenAsFile ? displayRoot.Replace('\\', '/') : Path.Combine(displayRoot, file.Display).Replace('\\', '/');

    private static bool IsPolicyFile(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
    }
}
