using System.Text;

namespace SmbPolicyCompiler.Formats.Tests.Support;

/// <summary>Builds PReg bytes by hand, independently of the writer under test.</summary>
public static class Bytes
{
    public static readonly byte[] EmptyPol = [0x50, 0x52, 0x65, 0x67, 0x01, 0x00, 0x00, 0x00];

    public static byte[] Utf16(string text) => Encoding.Unicode.GetBytes(text);

    public static byte[] UInt32(uint value) => BitConverter.GetBytes(value);

    public static byte[] Record(string key, string valueName, uint type, byte[] data) =>
    [
        .. Utf16("[" + key + "\0;" + valueName + "\0;"), .. UInt32(type), .. Utf16(";"), .. UInt32((uint)data.Length),
        .. Utf16(";"), .. data, .. Utf16("]"),
    ];

    public static byte[] Pol(params byte[][] records) => [.. EmptyPol, .. records.SelectMany(r => r)];
}
