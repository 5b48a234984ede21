using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Pol;

/// <summary>
/// Reads registry.pol ([MS-GPREG] 2.2.1). Strict about structure; tolerates the one quirk seen in real files
/// (PolicyPlus notes): an extra NUL after the value name, which is dropped (so such a file writes back
/// without it). Key and value names are kept exactly as stored, including case.
/// </summary>
public static class PolReader
{
    internal const uint Version = 1;

    internal const int HeaderLength = 8;

    public static ImmutableArray<PolRecord> ReadFile(string path) =>
        Read(BoundedFile.ReadAllBytes(path, "registry.pol"), path);

    public static ImmutableArray<PolRecord> Read(ReadOnlySpan<byte> bytes, string sourceName = "registry.pol")
    {
        ReadHeader(bytes, sourceName);
        var scanner = new PolScanner(bytes, sourceName);
        scanner.ReadBytes(HeaderLength, "header");
        var records = ImmutableArray.CreateBuilder<PolRecord>();
        while (!scanner.AtEnd)
        {
            records.Add(ReadRecord(ref scanner));
        }

        return records.ToImmutable();
    }

    private static void ReadHeader(ReadOnlySpan<byte> bytes, string sourceName)
    {
        const string Expected = "the 8-byte header: signature 'PReg' (50 52 65 67) and version 1 (01 00 00 00)";
        if (bytes.Length < HeaderLength)
        {
            throw new PolFormatException(sourceName, 0, Expected, string.Create(CultureInfo.InvariantCulture, $"a file of only {bytes.Length} bytes"));
        }

        if (!bytes[..4].SequenceEqual("PReg"u8))
        {
            throw new PolFormatException(sourceName, 0, Expected, $"{Convert.ToHexString(bytes[..4])} (this is not a registry.pol)");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..8]);
        if (version != Version)
        {
            throw new PolFormatException(sourceName, 4, "version 1", string.Create(CultureInfo.InvariantCulture, $"version {version}"));
        }
    }

    private static PolRecord ReadRecord(ref PolScanner scanner)
    {
        var start = PolFormatException.DescribeOffset(scanner.Offset);
        scanner.ExpectChar('[', "'[' starting a record");
        var key = scanner.ReadNulTerminated($"the key of the record at {start}");
        scanner.ExpectChar(';', $"';' after the key of the record at {start}");
        var valueName = scanner.ReadNulTerminated($"the value name of the record at {start}");
        if (scanner.NextCharIs('\0') && scanner.NextCharIs(';', 1))
        {
            scanner.ExpectChar('\0', "the extra NUL some writers put after the value name");
        }

        scanner.ExpectChar(';', $"';' after the value name of the record at {start}");
        var type = scanner.ReadUInt32($"the value type of the record at {start}");
        scanner.ExpectChar(';', $"';' after the value type of the record at {start}");
        var size = scanner.ReadUInt32($"the data size of the record at {start}");
        scanner.ExpectChar(';', $"';' after the data size of the record at {start}");
        var data = scanner.ReadBytes(size, $"data of the record at {start} (key '{key}', value '{valueName}')");
        scanner.ExpectChar(']', $"']' closing the record at {start} (key '{key}', value '{valueName}')");
        return new PolRecord(key, valueName, RegistryValue.FromRaw((RegistryValueType)type, data));
    }
}
