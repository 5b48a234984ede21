using System.Buffers.Binary;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;

/// <summary>One value of a template instance's substitution array ([MS-EVEN6] 2.2.11 value types).</summary>
internal abstract record SubstitutionValue(byte Type);

internal sealed record BytesValue(byte Type, byte[] Bytes) : SubstitutionValue(Type);

/// <summary>A BinXml fragment (type 0x21) that instantiates another template: how UserData is carried.</summary>
internal sealed record FragmentValue(BinXmlTemplate Template, IReadOnlyList<SubstitutionValue> Values) : SubstitutionValue(ValueTypes.BinXml);

internal static class ValueTypes
{
    public const byte Null = 0x00;
    public const byte String = 0x01;
    public const byte AnsiString = 0x02;
    public const byte UInt8 = 0x04;
    public const byte UInt16 = 0x06;
    public const byte UInt32 = 0x08;
    public const byte UInt64 = 0x0A;
    public const byte Bool = 0x0D;
    public const byte FileTime = 0x11;
    public const byte HexInt32 = 0x14;
    public const byte HexInt64 = 0x15;
    public const byte BinXml = 0x21;
}

/// <summary>Values encoded as Windows writes them: strings NUL-terminated, integers little-endian, booleans in 4 bytes.</summary>
internal static class Values
{
    public static SubstitutionValue Null => new BytesValue(ValueTypes.Null, []);

    public static SubstitutionValue Unicode(string text) => new BytesValue(ValueTypes.String, Encoding.Unicode.GetBytes(text + "\0"));

    public static SubstitutionValue Ansi(string text) => new BytesValue(ValueTypes.AnsiString, Encoding.ASCII.GetBytes(text + "\0"));

    public static SubstitutionValue UInt8(byte value) => new BytesValue(ValueTypes.UInt8, [value]);

    public static SubstitutionValue UInt16(ushort value) => Little(ValueTypes.UInt16, 2, value);

    public static SubstitutionValue UInt32(uint value) => Little(ValueTypes.UInt32, 4, value);

    public static SubstitutionValue UInt64(ulong value) => Little(ValueTypes.UInt64, 8, value);

    public static SubstitutionValue Bool(bool value) => Little(ValueTypes.Bool, 4, value ? 1u : 0u);

    public static SubstitutionValue HexInt32(uint value) => Little(ValueTypes.HexInt32, 4, value);

    public static SubstitutionValue HexInt64(ulong value) => Little(ValueTypes.HexInt64, 8, value);

    public static SubstitutionValue FileTime(DateTime utc) => Little(ValueTypes.FileTime, 8, (ulong)utc.ToFileTimeUtc());

    private static BytesValue Little(byte type, int size, ulong value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        return new BytesValue(type, bytes[..size]);
    }
}
