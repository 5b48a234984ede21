using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;

/// <summary>
/// Writes one 64 KiB chunk as Windows does (libyal's EVTX documentation, [MS-EVEN6]): records of BinXml that
/// instantiate templates, each name and template defined inline at its first use in the chunk and referenced by offset
/// after, the string and template hash tables, and both CRC32s. Test-only: the reference readers judge its output.
/// </summary>
internal sealed class ChunkWriter
{
    public const int Size = 65536;
    private const int HeaderSize = 512;
    private readonly byte[] _chunk = new byte[Size];
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _templates = [];
    private readonly uint[] _stringTable = new uint[64];
    private readonly uint[] _templateTable = new uint[32];
    private int _position = HeaderSize;
    private int _lastRecordOffset;

    public long FirstRecordId { get; private set; } = -1;

    public long LastRecordId { get; private set; } = -1;

    public void AddRecord(long recordId, DateTime writtenUtc, BinXmlTemplate template, IReadOnlyList<SubstitutionValue> values)
    {
        var start = _position;
        WriteBytes([0x2A, 0x2A, 0x00, 0x00]);
        WriteUInt32(0);
        WriteUInt64((ulong)recordId);
        WriteUInt64((ulong)writtenUtc.ToFileTimeUtc());
        WriteFragment(template, values);
        var size = _position - start + 4;
        WriteUInt32((uint)size);
        Patch32(start + 4, (uint)size);

        _lastRecordOffset = start;
        FirstRecordId = FirstRecordId < 0 ? recordId : FirstRecordId;
        LastRecordId = recordId;
    }

    /// <summary>The chunk with its header: record range, free-space offset, tables and CRCs.</summary>
    public byte[] Finish()
    {
        Encoding.ASCII.GetBytes("ElfChnk\0").CopyTo(_chunk, 0);
        var header = _chunk.AsSpan();
        BinaryPrimitives.WriteUInt64LittleEndian(header[8..], (ulong)FirstRecordId);
        BinaryPrimitives.WriteUInt64LittleEndian(header[16..], (ulong)LastRecordId);
        BinaryPrimitives.WriteUInt64LittleEndian(header[24..], (ulong)FirstRecordId);
        BinaryPrimitives.WriteUInt64LittleEndian(header[32..], (ulong)LastRecordId);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], 128);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], (uint)_lastRecordOffset);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], (uint)_position);
        BinaryPrimitives.WriteUInt32LittleEndian(header[52..], Crc32.HashToUInt32(header[HeaderSize.._position]));
        for (var i = 0; i < _stringTable.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(128 + (4 * i))..], _stringTable[i]);
        }

        for (var i = 0; i < _templateTable.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(384 + (4 * i))..], _templateTable[i]);
        }

        var crc = new Crc32();
        crc.Append(header[..120]);
        crc.Append(header[128..HeaderSize]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[124..], crc.GetCurrentHashAsUInt32());
        return _chunk;
    }

    private void WriteFragment(BinXmlTemplate template, IReadOnlyList<SubstitutionValue> values)
    {
        WriteBytes([BinXml.FragmentHeader, 1, 1, 0]);
        WriteTemplateInstance(template, values);
        WriteByte(BinXml.EndOfFile);
    }

    private void WriteTemplateInstance(BinXmlTemplate template, IReadOnlyList<SubstitutionValue> values)
    {
        WriteBytes([BinXml.TemplateInstance, 1]);
        WriteUInt32(template.ShortId);
        if (_templates.TryGetValue(template.Id, out var known))
        {
            WriteUInt32((uint)known);
        }
        else
        {
            WriteTemplateDefinition(template);
        }

        WriteUInt32((uint)values.Count);
        var descriptors = _position;
        _position += 4 * values.Count;
        for (var i = 0; i < values.Count; i++)
        {
            var start = _position;
            WriteValue(values[i]);
            BinaryPrimitives.WriteUInt16LittleEndian(_chunk.AsSpan(descriptors + (4 * i)), (ushort)(_position - start));
            _chunk[descriptors + (4 * i) + 2] = values[i].Type;
        }
    }

    private void WriteTemplateDefinition(BinXmlTemplate template)
    {
        var offset = _position + 4;
        WriteUInt32((uint)offset);
        var bucket = template.ShortId % (uint)_templateTable.Length;
        WriteUInt32(_templateTable[bucket]);
        WriteBytes(template.Id.ToByteArray());
        var sizeAt = _position;
        WriteUInt32(0);
        WriteBytes([BinXml.FragmentHeader, 1, 1, 0]);
        WriteElement(template.Root);
        WriteByte(BinXml.EndOfFile);
        Patch32(sizeAt, (uint)(_position - sizeAt - 4));
        _templateTable[bucket] = (uint)offset;
        _templates[template.Id] = offset;
    }

    private void WriteValue(SubstitutionValue value)
    {
        switch (value)
        {
            case BytesValue bytes:
                WriteBytes(bytes.Bytes);
                break;
            case FragmentValue fragment:
                WriteFragment(fragment.Template, fragment.Values);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "unknown value");
        }
    }

    private void WriteElement(TemplateElement element)
    {
        var hasAttributes = element.Attributes.Count > 0;
        WriteByte(hasAttributes ? (byte)(BinXml.OpenStartElement | BinXml.More) : BinXml.OpenStartElement);
        WriteBytes([0xFF, 0xFF]);
        var sizeAt = _position;
        WriteUInt32(0);
        WriteName(element.Name);
        if (hasAttributes)
        {
            WriteAttributes(element.Attributes);
        }

        if (element.Children.Count == 0)
        {
            WriteByte(BinXml.CloseEmptyElement);
        }
        else
        {
            WriteByte(BinXml.CloseStartElement);
            foreach (var child in element.Children)
            {
                WriteContent(child);
            }

            WriteByte(BinXml.EndElement);
        }

        Patch32(sizeAt, (uint)(_position - sizeAt - 4));
    }

    private void WriteAttributes(IReadOnlyList<(string Name, TemplateNode Value)> attributes)
    {
        var sizeAt = _position;
        WriteUInt32(0);
        for (var i = 0; i < attributes.Count; i++)
        {
            WriteByte(i < attributes.Count - 1 ? (byte)(BinXml.Attribute | BinXml.More) : BinXml.Attribute);
            WriteName(attributes[i].Name);
            WriteContent(attributes[i].Value);
        }

        Patch32(sizeAt, (uint)(_position - sizeAt - 4));
    }

    private void WriteContent(TemplateNode node)
    {
        switch (node)
        {
            case TemplateElement element:
                WriteElement(element);
                break;
            case TemplateText text:
                WriteBytes([BinXml.Value, ValueTypes.String]);
                WriteUInt16((ushort)text.Text.Length);
                WriteBytes(Encoding.Unicode.GetBytes(text.Text));
                break;
            case TemplateSubstitution substitution:
                WriteByte(substitution.Optional ? BinXml.OptionalSubstitution : BinXml.NormalSubstitution);
                WriteUInt16((ushort)substitution.Index);
                WriteByte(substitution.Type);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node, "unknown node");
        }
    }

    /// <summary>A name: its offset, and at its first use in the chunk the name itself right after (next, hash, length, UTF-16, NUL).</summary>
    private void WriteName(string name)
    {
        if (_names.TryGetValue(name, out var known))
        {
            WriteUInt32((uint)known);
            return;
        }

        var offset = _position + 4;
        WriteUInt32((uint)offset);
        var hash = NameHash(name);
        var bucket = hash % _stringTable.Length;
        WriteUInt32(_stringTable[bucket]);
        WriteUInt16(hash);
        WriteUInt16((ushort)name.Length);
        WriteBytes(Encoding.Unicode.GetBytes(name + "\0"));
        _stringTable[bucket] = (uint)offset;
        _names[name] = offset;
    }

    private static ushort NameHash(string name)
    {
        uint hash = 0;
        foreach (var c in name)
        {
            hash = (hash * 65599) + c;
        }

        return (ushort)hash;
    }

    private void WriteByte(byte value) => _chunk[_position++] = value;

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_chunk.AsSpan(_position));
        _position += bytes.Length;
    }

    private void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(_chunk.AsSpan(_position), value);
        _position += 2;
    }

    private void WriteUInt32(uint value)
    {
        Patch32(_position, value);
        _position += 4;
    }

    private void WriteUInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_chunk.AsSpan(_position), value);
        _position += 8;
    }

    private void Patch32(int at, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(_chunk.AsSpan(at), value);

    private static class BinXml
    {
        public const byte EndOfFile = 0x00;
        public const byte OpenStartElement = 0x01;
        public const byte CloseStartElement = 0x02;
        public const byte CloseEmptyElement = 0x03;
        public const byte EndElement = 0x04;
        public const byte Value = 0x05;
        public const byte Attribute = 0x06;
        public const byte TemplateInstance = 0x0C;
        public const byte NormalSubstitution = 0x0D;
        public const byte OptionalSubstitution = 0x0E;
        public const byte FragmentHeader = 0x0F;
        public const byte More = 0x40;
    }
}
