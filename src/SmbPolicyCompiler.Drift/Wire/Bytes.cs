using System.Buffers.Binary;
using System.Text;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>Little-endian reads that say where they failed, and a printable view of odd bytes.</summary>
internal static class Bytes
{
    public static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]);

    public static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]);

    public static ulong U64(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt64LittleEndian(data[offset..]);

    /// <summary>Hex of the first bytes, plus their text when printable ("48 54 54 50 'HTTP'").</summary>
    public static string Describe(ReadOnlySpan<byte> data, int max = 8)
    {
        var shown = data[..Math.Min(data.Length, max)];
        var hex = Convert.ToHexString(shown);
        var spaced = new StringBuilder(hex.Length * 3 / 2);
        for (var i = 0; i < hex.Length; i += 2)
        {
            spaced.Append(i == 0 ? "" : " ").Append(hex, i, 2);
        }

        var printable = shown.Length > 0 && shown.ToArray().All(b => b is >= 0x20 and < 0x7F);
        return printable ? $"{spaced} '{Encoding.ASCII.GetString(shown)}'" : spaced.ToString();
    }
}
