using System.Buffers.Binary;
using System.Collections.Immutable;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats;

/// <summary>
/// A registry value's type and raw data, exactly as Windows stores it. Strings are UTF-16LE and include their
/// NUL terminator; REG_MULTI_SZ ends with an extra NUL. Two values are equal when type and bytes are equal.
/// </summary>
public sealed partial class RegistryValue : IEquatable<RegistryValue>
{
    private const string Target = "registry value";

    private RegistryValue(RegistryValueType type, ImmutableArray<byte> data)
    {
        Type = type;
        Data = data;
    }

    public RegistryValueType Type { get; }

    /// <summary>The raw bytes, as in registry.pol data or a .reg hex payload.</summary>
    public ImmutableArray<byte> Data { get; }

    public static RegistryValue Dword(uint value)
    {
        var data = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(data, value);
        return new RegistryValue(RegistryValueType.DWord, [.. data]);
    }

    public static RegistryValue DwordBigEndian(uint value)
    {
        var data = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(data, value);
        return new RegistryValue(RegistryValueType.DWordBigEndian, [.. data]);
    }

    public static RegistryValue QWord(ulong value)
    {
        var data = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(data, value);
        return new RegistryValue(RegistryValueType.QWord, [.. data]);
    }

    /// <summary>REG_SZ. The text may not contain NUL (every reader would cut the value there).</summary>
    public static RegistryValue String(string value) => Text(RegistryValueType.String, value);

    /// <summary>REG_EXPAND_SZ: like <see cref="String"/>; %VARIABLES% are expanded by the reader of the value.</summary>
    public static RegistryValue ExpandString(string value) => Text(RegistryValueType.ExpandString, value);

    /// <summary>REG_MULTI_SZ. Items may not be empty or contain NUL (either would end the list early).</summary>
    public static RegistryValue MultiString(params IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(list[i], nameof(items));
            if (list[i].Length == 0)
            {
                throw new UnrepresentableValueException(Target, $"REG_MULTI_SZ item {i} is empty; an empty item ends the list, so it cannot be stored.");
            }

            RejectNul(list[i], $"REG_MULTI_SZ item {i}");
        }

        var joined = string.Concat(list.Select(item => item + "\0")) + "\0";
        return new RegistryValue(RegistryValueType.MultiString, [.. Utf16.Encode(joined, Target, "REG_MULTI_SZ")]);
    }

    public static RegistryValue Binary(ReadOnlySpan<byte> data) => new(RegistryValueType.Binary, [.. data]);

    /// <summary>REG_NONE with no data (the "key only" record of registry.pol).</summary>
    public static RegistryValue None() => new(RegistryValueType.None, []);

    /// <summary>Any type number with any bytes, as read from a file. Nothing is checked.</summary>
    public static RegistryValue FromRaw(RegistryValueType type, ReadOnlySpan<byte> data) => new(type, [.. data]);

    public bool Equals(RegistryValue? other) =>
        other is not null && other.Type == Type && other.Data.AsSpan().SequenceEqual(Data.AsSpan());

    public override bool Equals(object? obj) => Equals(obj as RegistryValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type);
        hash.AddBytes(Data.AsSpan());
        return hash.ToHashCode();
    }

    public static bool operator ==(RegistryValue? left, RegistryValue? right) => Equals(left, right);

    public static bool operator !=(RegistryValue? left, RegistryValue? right) => !Equals(left, right);

    private static RegistryValue Text(RegistryValueType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        RejectNul(value, type.ToRegName());
        return new RegistryValue(type, [.. Utf16.Encode(value + "\0", Target, type.ToRegName())]);
    }

    private static void RejectNul(string value, string what)
    {
        var nul = value.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new UnrepresentableValueException(Target, $"{what} contains NUL at index {nul}; registry strings end at the first NUL.");
        }
    }
}
