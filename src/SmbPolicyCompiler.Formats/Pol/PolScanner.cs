using System.Buffers.Binary;
using System.Globalization;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Pol;

/// <summary>Walks PReg bytes; every step checks the bytes are there and says what it wanted if not.</summary>
internal ref struct PolScanner(ReadOnlySpan<byte> bytes, string sourceName)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public int Offset { get; private set; }

    public readonly bool AtEnd => Offset >= _bytes.Length;

    public readonly bool NextCharIs(char c, int charsAhead = 0)
    {
        var at = Offset + (charsAhead * 2);
        return at + 2 <= _bytes.Length && BinaryPrimitives.ReadUInt16LittleEndian(_bytes.Slice(at, 2)) == c;
    }

    public void ExpectChar(char c, string what)
    {
        if (Offset + 2 > _bytes.Length)
        {
            throw Error($"{what} ('{c}' = {(byte)c:X2} 00)", EndOfFile());
        }

        if (!NextCharIs(c))
        {
            throw Error($"{what} ('{c}' = {(byte)c:X2} 00)", DescribeChar(Offset));
        }

        Offset += 2;
    }

    public string ReadNulTerminated(string what)
    {
        var start = Offset;
        for (var at = start; at + 2 <= _bytes.Length; at += 2)
        {
            if (_bytes[at] == 0 && _bytes[at + 1] == 0)
            {
                Offset = at + 2;
                return Utf16.DecodeExact(_bytes[start..at]);
            }
        }

        Offset = _bytes.Length;
        throw Error($"the NUL (00 00) that ends {what}, which starts at {PolFormatException.DescribeOffset(start)}", EndOfFile());
    }

    public uint ReadUInt32(string what)
    {
        if (Offset + 4 > _bytes.Length)
        {
            throw Error($"{what} (4 bytes)", EndOfFile());
        }

        var value = BinaryPrimitives.ReadUInt32LittleEndian(_bytes.Slice(Offset, 4));
        Offset += 4;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(uint count, string what)
    {
        var left = _bytes.Length - Offset;
        if (count > left)
        {
            throw Error(
                string.Create(CultureInfo.InvariantCulture, $"{count} bytes of {what}"),
                string.Create(CultureInfo.InvariantCulture, $"only {left} bytes before the end of the file (the size field overruns the file)"));
        }

        var slice = _bytes.Slice(Offset, (int)count);
        Offset += (int)count;
        return slice;
    }

    public readonly PolFormatException Error(string expected, string found) => new(sourceName, Offset, expected, found);

    private readonly string EndOfFile() =>
        string.Create(CultureInfo.InvariantCulture, $"the end of the file (it is {_bytes.Length} bytes; the record is truncated)");

    private readonly string DescribeChar(int at)
    {
        var unit = BinaryPrimitives.ReadUInt16LittleEndian(_bytes.Slice(at, 2));
        var shown = unit is >= 0x20 and < 0x7F ? $"'{(char)unit}' " : "";
        return string.Create(CultureInfo.InvariantCulture, $"{shown}{_bytes[at]:X2} {_bytes[at + 1]:X2}");
    }
}
