namespace SmbPolicyCompiler.Formats.Text;

/// <summary>Why bytes are not text, and the offset of the first bad byte when there is one to point at.</summary>
public sealed record TextDecodingError(string Message, int? ByteOffset, TextEncodingKind Encoding);
