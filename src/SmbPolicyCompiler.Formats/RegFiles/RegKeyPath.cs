using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>Checks a .reg key path: a full root name, then non-empty segments of at most 255 characters.</summary>
internal static class RegKeyPath
{
    public static readonly string[] RootNames =
        ["HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER", "HKEY_CLASSES_ROOT", "HKEY_USERS", "HKEY_CURRENT_CONFIG"];

    /// <summary>What is wrong with <paramref name="path"/>, or null when it is a usable key path.</summary>
    public static string? Problem(string path)
    {
        var segments = path.Split('\\');
        if (!RootNames.Contains(segments[0], StringComparer.OrdinalIgnoreCase))
        {
            return $"key '{path}' must start with one of {string.Join(", ", RootNames)} (abbreviations such as HKLM are not .reg syntax)";
        }

        if (segments.Skip(1).Any(s => s.Length is 0 or > 255))
        {
            return $"key '{path}' has an empty segment, a trailing backslash, or a segment longer than 255 characters";
        }

        var control = TextChecks.IndexOfControlOrLineBreak(path);
        if (control >= 0)
        {
            return $"key '{path}' contains control character {TextChecks.Describe(path[control])}";
        }

        if (path.Contains(']', StringComparison.Ordinal) || TextChecks.IndexOfLoneSurrogate(path) >= 0)
        {
            return $"key '{path}' contains ']' or an unpaired surrogate, which a .reg key line cannot carry reliably";
        }

        return null;
    }
}
