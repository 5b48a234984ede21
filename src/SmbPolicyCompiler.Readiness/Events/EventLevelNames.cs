namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// System/Level from the English level names Windows renders (Event Viewer, Get-WinEvent's LevelDisplayName, the
/// lower-case text Winlogbeat writes). "Information" is level 4: level 0 (LogAlways) renders the same, so the name alone
/// cannot tell them apart, and the SMB audit events are level 4.
/// </summary>
internal static class EventLevelNames
{
    public static int? Level(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim();
        foreach (var (text, level) in (ReadOnlySpan<(string, int)>)[("Information", 4), ("Warning", 3), ("Error", 2), ("Critical", 1), ("Verbose", 5)])
        {
            if (trimmed.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        return null;
    }
}
