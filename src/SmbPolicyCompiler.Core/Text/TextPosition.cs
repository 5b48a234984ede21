namespace SmbPolicyCompiler.Core.Text;

/// <summary>Finds the 1-based line and column of a byte offset in UTF-8 text.</summary>
internal static class TextPosition
{
    /// <summary>Line and column of a byte offset in UTF-8 bytes (columns count characters, not bytes).</summary>
    public static (int Line, int Column) OfByte(ReadOnlySpan<byte> utf8, int byteOffset)
    {
        var line = 1;
        var column = 1;
        var end = Math.Min(byteOffset, utf8.Length);
        for (var i = 0; i < end; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
