namespace SmbPolicyCompiler.Formats.Text;

/// <summary>The Unicode encodings Windows tools write text files in.</summary>
public enum TextEncodingKind
{
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
}
