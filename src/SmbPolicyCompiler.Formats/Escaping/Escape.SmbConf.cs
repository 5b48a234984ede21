namespace SmbPolicyCompiler.Formats;

public static partial class Escape
{
    /// <summary>
    /// Text safe after <c># </c> on an smb.conf comment line: line breaks and control characters become spaces (a line
    /// break would start a line Samba parses), and a trailing backslash is dropped (Samba's parser does not continue
    /// comment lines, but other smb.conf readers on NAS firmware may).
    /// </summary>
    public static string SmbConfComment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SanitiseUncontinued(text);
    }
}
