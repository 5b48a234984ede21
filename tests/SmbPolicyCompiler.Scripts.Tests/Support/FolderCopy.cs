namespace SmbPolicyCompiler.Scripts.Tests.Support;

/// <summary>
/// A copy of a compiled folder for scripts that run as a sibling copy (the harness blanks '#Requires -PSEdition
/// Desktop' in a copy beside the script, so that $PSScriptRoot holds): such scripts never run from the repository.
/// </summary>
internal static class FolderCopy
{
    public static string Of(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}
