using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>The values of one record: substitutions formatted into the record's text, then kept by role.</summary>
internal sealed partial class RecordDecoder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Substitute(ReadOnlySpan<byte> chunk, ValueTable table, in PlanOp op, ref Capture capture)
    {
        var type = table.Type(op.Sub);
        if (type == BinXmlValueType.Null)
        {
            capture.Omitted |= op.Optional;
            return;
        }

        if (type == BinXmlValueType.BinXml)
        {
            return;
        }

        var data = chunk.Slice(table.Offset(op.Sub), table.Size(op.Sub));
        if (op.Sole && Direct(type, data, ref capture))
        {
            return;
        }

        if ((type & BinXmlValueType.ArrayFlag) != 0)
        {
            Array(data, (byte)(type & ~BinXmlValueType.ArrayFlag), op.Sole, ref capture);
            return;
        }

        ValueFormatter.Append(Record.Text, type, data);
    }

    /// <summary>Numbers and times of the System element, read without formatting them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Direct(byte type, ReadOnlySpan<byte> data, ref Capture capture)
    {
        var role = capture.Op.Role;
        if (role is XmlRole.EventId or XmlRole.Version or XmlRole.Level or XmlRole.RecordId &&
            BinXmlValueType.IsInteger(type) && data.Length == BinXmlValueType.FixedSize(type))
        {
            capture.Number = ValueFormatter.ReadInteger(type, data);
            return true;
        }

        if (role == XmlRole.TimeCreated && type == BinXmlValueType.FileTime && data.Length == 8)
        {
            capture.Time = ValueFormatter.FileTimeUtc(BitConverter.ToInt64(data));
            capture.TimeRead = true;
            return true;
        }

        return false;
    }

    /// <summary>An array that is the whole value of a field becomes one field per item (as Windows renders it); elsewhere its items are joined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Array(ReadOnlySpan<byte> data, byte itemType, bool sole, ref Capture capture)
    {
        var text = Record.Text;
        var expand = sole && capture.Op.Role is XmlRole.Data or XmlRole.UserDataField;
        var position = 0;
        var first = true;
        while (ArrayItems.Next(itemType, data, ref position, out var start, out var length))
        {
            var itemStart = text.Length;
            if (!first && !expand)
            {
                text.Append(", ");
            }

            ValueFormatter.Append(text, itemType, data.Slice(start, length));
            if (expand)
            {
                AddField(FieldNameOf(capture), itemStart);
            }

            first = false;
        }

        capture.Expanded |= expand;
    }

    /// <summary>Ends a value: keeps it as a field or a System value; true when a field was added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool End(ReadOnlySpan<byte> chunk, ValueTable table, ref Capture capture)
    {
        var record = Record;
        var text = record.Text;
        var value = new TextRange(capture.Start, text.Length - capture.Start);
        if (capture.Omitted)
        {
            text.Length = capture.Start;
            return false;
        }

        var op = capture.Op;
        switch (op.Role)
        {
            case XmlRole.Data or XmlRole.UserDataField:
                if (capture.Expanded)
                {
                    return true;
                }

                var name = op.NameSub >= 0 ? NameFromValue(chunk, table, op.NameSub) : op.Text;
                AddField(name, capture.Start);
                return true;
            case XmlRole.Provider:
                record.Provider = Trim(value);
                return false;
            case XmlRole.Channel:
                record.Channel = Trim(value);
                return false;
            case XmlRole.Computer:
                record.Computer = Trim(value);
                return false;
            case XmlRole.TimeCreated:
                Time(ref capture, value);
                break;
            default:
                Number(op.Role, capture, value);
                break;
        }

        text.Length = capture.Start;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddField(string? name, int start)
    {
        var record = Record;
        var length = record.Text.Length - start;
        if (length > _maxFieldChars)
        {
            record.TruncatedField ??= name ?? "(unnamed)";
            length = _maxFieldChars;
            record.Text.Length = start + length;
        }

        record.FieldsNeedNaming |= name is null;
        record.AddRawField(name, new TextRange(start, length));
    }

    private string? NameFromValue(ReadOnlySpan<byte> chunk, ValueTable table, int sub)
    {
        var type = table.Type(sub);
        if (type is BinXmlValueType.Null or BinXmlValueType.BinXml || (type & BinXmlValueType.ArrayFlag) != 0)
        {
            return null;
        }

        var text = Record.Text;
        var start = text.Length;
        ValueFormatter.Append(text, type, chunk.Slice(table.Offset(sub), table.Size(sub)));
        var name = text.Slice(start, text.Length - start).Trim().ToString();
        text.Length = start;
        Record.FieldsNeedNaming = true;
        return name;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Time(ref Capture capture, TextRange value)
    {
        var record = Record;
        if (capture.TimeRead)
        {
            record.TimeUtc = capture.Time;
            record.UnreadableTime = capture.Time is null ? "a FILETIME outside the range of dates" : null;
            return;
        }

        var text = record[value];
        if (EventTimeParser.TryParseIso(text, out var utc, out _))
        {
            record.TimeUtc = utc;
        }
        else if (!text.Trim().IsEmpty)
        {
            record.UnreadableTime = text.ToString();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Number(XmlRole role, in Capture capture, TextRange value)
    {
        var record = Record;
        long? number = capture.Number;
        if (number is null)
        {
            var text = record[value].Trim();
            if (long.TryParse(text, role == XmlRole.EventId ? NumberStyles.AllowLeadingSign : NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                number = parsed;
            }
            else if (role == XmlRole.EventId)
            {
                record.Error ??= $"the event id '{EventRecordBuilder.Shorten(text)}' is not a number";
                return;
            }
        }

        switch (role)
        {
            case XmlRole.EventId when number is >= 0 and <= int.MaxValue:
                record.EventId = (int)number.Value;
                break;
            case XmlRole.EventId:
                record.Error ??= $"the event id '{number}' is not a number";
                break;
            case XmlRole.Version when number is >= 0 and <= int.MaxValue:
                record.Version = (int)number.Value;
                break;
            case XmlRole.Level when number is >= 0 and <= int.MaxValue:
                record.Level = (int)number.Value;
                break;
            case XmlRole.RecordId when number >= 0:
                record.RecordId = number;
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TextRange Trim(TextRange value)
    {
        var span = Record[value];
        var start = span.Length - span.TrimStart().Length;
        var trimmed = span.Trim();
        return new TextRange(value.Start + start, trimmed.Length);
    }

    private static string? FieldNameOf(in Capture capture) => capture.Op.Text;

    private struct Capture(PlanOp op, int start)
    {
        public readonly PlanOp Op = op;
        public readonly int Start = start;
        public bool Omitted;
        public bool Expanded;
        public bool TimeRead;
        public long? Number;
        public DateTime? Time;
    }
}
