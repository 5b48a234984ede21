using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats;

public sealed partial class RegistryValue
{
    /// <summary>The number of a REG_DWORD or REG_DWORD_BIG_ENDIAN with 4 bytes of data.</summary>
    public uint AsDword() => Type switch
    {
        RegistryValueType.DWord when Data.Length == 4 => BinaryPrimitives.ReadUInt32LittleEndian(Data.AsSpan()),
        RegistryValueType.DWordBigEndian when Data.Length == 4 => BinaryPrimitives.ReadUInt32BigEndian(Data.AsSpan()),
        _ => throw NotA("a 4-byte REG_DWORD"),
    };

    /// <summary>The number of a REG_QWORD with 8 bytes of data.</summary>
    public ulong AsQWord() => Type == RegistryValueType.QWord && Data.Length == 8
        ? BinaryPrimitives.ReadUInt64LittleEndian(Data.AsSpan())
        : throw NotA("an 8-byte REG_QWORD");

    /// <summary>The text of a REG_SZ or REG_EXPAND_SZ, up to its first NUL (as Windows returns it).</summary>
    public string AsString()
    {
        if (Type is not (RegistryValueType.String or RegistryValueType.ExpandString))
        {
            throw NotA("a REG_SZ or REG_EXPAND_SZ");
        }

        var text = Utf16.DecodeExact(Data.AsSpan());
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        return nul < 0 ? text : text[..nul];
    }

    /// <summary>The items of a REG_MULTI_SZ, up to the empty item that ends the list (a missing terminator is tolerated).</summary>
    public ImmutableArray<string> AsMultiString()
    {
        if (Type != RegistryValueType.MultiString)
        {
            throw NotA("a REG_MULTI_SZ");
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Utf16.DecodeExact(Data.AsSpan()).Split('\0'))
        {
            if (item.Length == 0)
            {
                break;
            }

            items.Add(item);
        }

        return items.ToImmutable();
    }

    /// <summary>A short description for messages: <c>REG_DWORD 1 (0x00000001)</c>, <c>REG_SZ "text"</c>, <c>REG_BINARY 01 02</c>.</summary>
    public override string ToString()
    {
        var name = Type.ToRegName();
        return Type switch
        {
            RegistryValueType.DWord or RegistryValueType.DWordBigEndian when Data.Length == 4 =>
                string.Create(CultureInfo.InvariantCulture, $"{name} {AsDword()} (0x{AsDword():x8})"),
            RegistryValueType.QWord when Data.Length == 8 =>
                string.Create(CultureInfo.InvariantCulture, $"{name} {AsQWord()} (0x{AsQWord():x16})"),
            RegistryValueType.String or RegistryValueType.ExpandString => $"{name} {Quote(AsString())}",
            RegistryValueType.MultiString => $"{name} [{string.Join(", ", AsMultiString().Select(Quote))}]",
            _ => Data.IsEmpty ? $"{name} (no data)" : $"{name} {Hex()}",
        };
    }

    private string Hex()
    {
        const int Shown = 32;
        var hex = string.Join(' ', Data.Take(Shown).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        return Data.Length <= Shown ? hex : $"{hex} ... ({Data.Length} bytes)";
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when TextChecks.IsControlOrLineBreak(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private InvalidOperationException NotA(string expected) =>
        new($"The value is {Type.ToRegName()} with {Data.Length} bytes of data, not {expected}.");
}
