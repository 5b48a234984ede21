using System.Buffers.Binary;
using System.Globalization;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Pol;

/// <summary>
/// Writes registry.pol bytes: header "PReg" + version 1, then the records in the order given (sort them first
/// with <see cref="PolOrdering.Canonical"/>; the writer keeps order so that a read file writes back exactly).
/// No BOM, no padding, no trailing bytes.
/// </summary>
public static class PolWriter
{
    /// <summary>[MS-GPREG] 2.2.1 limits a record's data to 0xFFFF bytes.</summary>
    public const int MaxDataLength = 0xFFFF;

    private const string Target = "registry.pol";

    public static byte[] Write(IEnumerable<PolRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var stream = new MemoryStream();
        stream.Write("PReg"u8);
        WriteUInt32(stream, PolReader.Version);
        var index = 0;
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            WriteRecord(stream, record, index++);
        }

        return stream.ToArray();
    }

    private static void WriteRecord(MemoryStream stream, PolRecord record, int index)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"record {index} (key '{record.Key}', value '{record.ValueName}')");
        var data = record.Value.Data;
        if (data.Length > MaxDataLength)
        {
            throw new UnrepresentableValueException(
                Target,
                string.Create(CultureInfo.InvariantCulture, $"{where} has {data.Length} bytes of data; a registry.pol record holds at most {MaxDataLength} bytes ([MS-GPREG] 2.2.1). Shorten the value or deliver it another way."));
        }

        WriteChar(stream, '[');
        WriteName(stream, record.Key, $"the key of {where}");
        WriteChar(stream, ';');
        WriteName(stream, record.ValueName, $"the value name of {where}");
        WriteChar(stream, ';');
        WriteUInt32(stream, (uint)record.Value.Type);
        WriteChar(stream, ';');
        WriteUInt32(stream, (uint)data.Length);
        WriteChar(stream, ';');
        stream.Write(data.AsSpan());
        WriteChar(stream, ']');
    }

    private static void WriteName(MemoryStream stream, string name, string what)
    {
        var nul = name.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new UnrepresentableValueException(Target, $"{what} contains NUL at index {nul}; names in registry.pol end at the first NUL.");
        }

        stream.Write(Utf16.Encode(name, Target, what));
        WriteChar(stream, '\0');
    }

    private static void WriteChar(MemoryStream stream, char c)
    {
        Span<byte> buffer = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(buffer, c);
        stream.Write(buffer);
    }

    private static void WriteUInt32(MemoryStream stream, uint value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, value);
        stream.Write(buffer);
    }
}
