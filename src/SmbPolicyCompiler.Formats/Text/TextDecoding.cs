namespace SmbPolicyCompiler.Formats.Text;

/// <summary>What a whole file's bytes may be, once <see cref="TextEncodingSniffer"/> has named the encoding.</summary>
public enum TextDecoding
{
    /// <summary>Valid UTF-8 or UTF-16 only: a wrong byte is an error at its position (policy files).</summary>
    Strict,

    /// <summary>
    /// As Windows tools read text: UTF-8 when it is valid, else the ANSI code page (Windows-1252: REGEDIT4 exports,
    /// Excel's "CSV" and Windows PowerShell's Export-Csv write it); UTF-16 with unpaired surrogates shown as U+FFFD.
    /// </summary>
    Windows,
}
