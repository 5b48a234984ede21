using System.Runtime.CompilerServices;
namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>Splits an array value (type | 0x80) into its items: NUL-terminated strings, fixed-size values or SIDs.</summary>
internal static class ArrayItems
{
    /// <summary>The next item at <paramref name="position"/>; false when there is none. An empty array has one empty item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Next(byte itemType, ReadOnlySpan<byte> data, ref int position, out int start, out int length)
    {
        start = position;
        length = 0;
        if (data.IsEmpty)
        {
            position = 1;
            return start == 0;
        }

        if (position >= data.Length)
        {
            return false;
        }

        var rest = data[position..];
        switch (itemType)
        {
            case BinXmlValueType.String:
                length = Utf16Terminator(rest);
                position += Math.Min(rest.Length, length + 2);
                return true;
            case BinXmlValueType.AnsiString:
                var nul = rest.IndexOf((byte)0);
                length = nul < 0 ? rest.Length : nul;
                position += Math.Min(rest.Length, length + 1);
                return true;
            case BinXmlValueType.Sid:
                length = ValueFormatter.SidSize(rest);
                position += length;
                return true;
            default:
                var size = BinXmlValueType.FixedSize(itemType);
                length = size > 0 && size <= rest.Length ? size : rest.Length;
                position += length;
                return true;
        }
    }

    private static int Utf16Terminator(ReadOnlySpan<byte> data)
    {
        for (var i = 0; i + 1 < data.Length; i += 2)
        {
            if (data[i] == 0 && data[i + 1] == 0)
            {
                return i;
            }
        }

        return data.Length & ~1;
    }
}
