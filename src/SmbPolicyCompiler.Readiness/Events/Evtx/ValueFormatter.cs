using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Formats a substitution value as Windows renders it in event XML: decimal integers, 0x-hex (lowercase, no
/// padding) for HexInt32/HexInt64/SizeT, true/false, {GUID} in capitals, S-1-... SIDs, times in ISO 8601 UTC, binary as
/// capital hex. A value whose size does not fit its type is written as hex of its bytes, so nothing is dropped.
/// </summary>
internal static class ValueFormatter
{
    private static readonly Encoding Ansi = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Append(TextBuffer text, byte type, ReadOnlySpan<byte> data)
    {
        var fixedSize = BinXmlValueType.FixedSize(type);
        if (fixedSize > 0 && data.Length != fixedSize)
        {
            Hex(text, data);
            return;
        }

        switch (type)
        {
            case BinXmlValueType.Null or BinXmlValueType.BinXml:
                return;
            case BinXmlValueType.String:
                Utf16(text, data);
                return;
            case BinXmlValueType.AnsiString:
                AnsiText(text, data);
                return;
            case BinXmlValueType.Int8:
                Number(text, (sbyte)data[0]);
                return;
            case BinXmlValueType.UInt8:
                Number(text, data[0]);
                return;
            case BinXmlValueType.Int16:
                Number(text, BinaryPrimitives.ReadInt16LittleEndian(data));
                return;
            case BinXmlValueType.UInt16:
                Number(text, BinaryPrimitives.ReadUInt16LittleEndian(data));
                return;
            case BinXmlValueType.Int32:
                Number(text, BinaryPrimitives.ReadInt32LittleEndian(data));
                return;
            case BinXmlValueType.UInt32:
                Number(text, BinaryPrimitives.ReadUInt32LittleEndian(data));
                return;
            case BinXmlValueType.Int64:
                Number(text, BinaryPrimitives.ReadInt64LittleEndian(data));
                return;
            case BinXmlValueType.UInt64:
                Number(text, BinaryPrimitives.ReadUInt64LittleEndian(data));
                return;
            case BinXmlValueType.Real32:
                Number(text, BinaryPrimitives.ReadSingleLittleEndian(data));
                return;
            case BinXmlValueType.Real64:
                Number(text, BinaryPrimitives.ReadDoubleLittleEndian(data));
                return;
            case BinXmlValueType.Bool:
                text.Append(BinaryPrimitives.ReadUInt32LittleEndian(data) != 0 ? "true" : "false");
                return;
            case BinXmlValueType.Guid:
                Guid(text, data);
                return;
            case BinXmlValueType.HexInt32:
                HexNumber(text, BinaryPrimitives.ReadUInt32LittleEndian(data));
                return;
            case BinXmlValueType.HexInt64:
                HexNumber(text, BinaryPrimitives.ReadUInt64LittleEndian(data));
                return;
            case BinXmlValueType.SizeT when data.Length is 4 or 8:
                HexNumber(text, data.Length == 4 ? BinaryPrimitives.ReadUInt32LittleEndian(data) : BinaryPrimitives.ReadUInt64LittleEndian(data));
                return;
            case BinXmlValueType.FileTime:
                FileTime(text, BinaryPrimitives.ReadInt64LittleEndian(data));
                return;
            case BinXmlValueType.SystemTime:
                SystemTime(text, data);
                return;
            case BinXmlValueType.Sid:
                Sid(text, data);
                return;
            default:
                Hex(text, data);
                return;
        }
    }

    /// <summary>The UTC time of a FILETIME, or null when it is outside the range of DateTime.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateTime? FileTimeUtc(long fileTime) =>
        fileTime >= 0 && fileTime <= DateTime.MaxValue.Ticks - DateTime.FromFileTimeUtc(0).Ticks ? DateTime.FromFileTimeUtc(fileTime) : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long ReadInteger(byte type, ReadOnlySpan<byte> data) => type switch
    {
        BinXmlValueType.Int8 => (sbyte)data[0],
        BinXmlValueType.UInt8 => data[0],
        BinXmlValueType.Int16 => BinaryPrimitives.ReadInt16LittleEndian(data),
        BinXmlValueType.UInt16 => BinaryPrimitives.ReadUInt16LittleEndian(data),
        BinXmlValueType.Int32 => BinaryPrimitives.ReadInt32LittleEndian(data),
        BinXmlValueType.UInt32 or BinXmlValueType.HexInt32 => BinaryPrimitives.ReadUInt32LittleEndian(data),
        _ => BinaryPrimitives.ReadInt64LittleEndian(data),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Utf16(TextBuffer text, ReadOnlySpan<byte> data)
    {
        var chars = MemoryMarshal.Cast<byte, char>(data[..(data.Length & ~1)]);
        text.Append(chars.TrimEnd('\0'));
    }

    private static void AnsiText(TextBuffer text, ReadOnlySpan<byte> data)
    {
        data = data.TrimEnd((byte)0);
        var written = Ansi.GetChars(data, text.Reserve(data.Length));
        text.Length += written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Number<T>(TextBuffer text, T value)
        where T : ISpanFormattable
    {
        var span = text.Reserve(32);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        text.Length += written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HexNumber(TextBuffer text, ulong value)
    {
        var span = text.Reserve(18);
        span[0] = '0';
        span[1] = 'x';
        value.TryFormat(span[2..], out var written, "x", CultureInfo.InvariantCulture);
        text.Length += written + 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Guid(TextBuffer text, ReadOnlySpan<byte> data)
    {
        var span = text.Reserve(38);
        new Guid(data).TryFormat(span, out var written, "B");
        for (var i = 0; i < written; i++)
        {
            span[i] = char.ToUpperInvariant(span[i]);
        }

        text.Length += written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FileTime(TextBuffer text, long fileTime)
    {
        if (FileTimeUtc(fileTime) is { } utc)
        {
            Iso(text, utc);
        }
        else
        {
            HexNumber(text, (ulong)fileTime);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Iso(TextBuffer text, DateTime utc)
    {
        var span = text.Reserve(28);
        utc.TryFormat(span, out var written, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        text.Length += written;
    }

    private static void SystemTime(TextBuffer text, ReadOnlySpan<byte> data)
    {
        Span<int> parts = stackalloc int[8];
        for (var i = 0; i < 8; i++)
        {
            parts[i] = BinaryPrimitives.ReadUInt16LittleEndian(data[(i * 2)..]);
        }

        try
        {
            var time = new DateTime(parts[0], parts[1], parts[3], parts[4], parts[5], parts[6], parts[7], DateTimeKind.Utc);
            var span = text.Reserve(24);
            time.TryFormat(span, out var written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            text.Length += written;
        }
        catch (ArgumentOutOfRangeException)
        {
            Hex(text, data);
        }
    }

    private static void Sid(TextBuffer text, ReadOnlySpan<byte> data)
    {
        if (data.Length < 8 || data.Length < 8 + (data[1] * 4))
        {
            Hex(text, data);
            return;
        }

        text.Append("S-");
        Number(text, data[0]);
        text.Append('-');
        ulong authority = 0;
        for (var i = 2; i < 8; i++)
        {
            authority = (authority << 8) | data[i];
        }

        if (authority >> 32 == 0)
        {
            Number(text, authority);
        }
        else
        {
            var span = text.Reserve(14);
            span[0] = '0';
            span[1] = 'x';
            authority.TryFormat(span[2..], out var written, "X12", CultureInfo.InvariantCulture);
            text.Length += written + 2;
        }

        for (var i = 0; i < data[1]; i++)
        {
            text.Append('-');
            Number(text, BinaryPrimitives.ReadUInt32LittleEndian(data[(8 + (i * 4))..]));
        }
    }

    public static int SidSize(ReadOnlySpan<byte> data) => data.Length < 8 ? data.Length : Math.Min(data.Length, 8 + (data[1] * 4));

    public static void Hex(TextBuffer text, ReadOnlySpan<byte> data)
    {
        var span = text.Reserve(data.Length * 2);
        Convert.TryToHexString(data, span, out var written);
        text.Length += written;
    }
}
