using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>One JSON object per line, keys in a fixed order; absent values are null; non-ASCII text is written as UTF-8.</summary>
internal sealed class NdjsonDumpWriter(ByteBuffer output) : DumpWriter(output)
{
    private readonly JsonText _json = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(IDumpRecord record)
    {
        var o = Output;
        o.Write("{\"recordId\":"u8);
        Number(o, record.RecordId);
        o.Write(",\"time\":"u8);
        if (record.TimeUtc is { } time)
        {
            var span = o.GetSpan(32);
            span[0] = (byte)'"';
            time.TryFormat(span[1..], out var written, "O");
            span[written + 1] = (byte)'"';
            o.Advance(written + 2);
        }
        else
        {
            o.Write("null"u8);
        }

        o.Write(",\"provider\":"u8);
        JsonText.String(o, record.Provider);
        o.Write(",\"channel\":"u8);
        JsonText.String(o, record.Channel);
        o.Write(",\"eventId\":"u8);
        Number(o, record.EventId);
        o.Write(",\"version\":"u8);
        Number(o, record.Version);
        o.Write(",\"level\":"u8);
        Number(o, record.Level);
        o.Write(",\"computer\":"u8);
        JsonText.String(o, record.Computer);
        o.Write(",\"data\":"u8);
        WriteData(o, record, _json);
        o.Write("}\n"u8);
    }

    /// <summary>The fields as one object, in the record's order (names are unique, compared ignoring case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteData(ByteBuffer o, IDumpRecord record, JsonText json)
    {
        o.Write("{"u8);
        for (var i = 0; i < record.FieldCount; i++)
        {
            if (i > 0)
            {
                o.Write(","u8);
            }

            json.Name(o, record.FieldName(i));
            JsonText.String(o, record.FieldValue(i));
        }

        o.Write("}"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Number(ByteBuffer o, long? value)
    {
        if (value is { } number)
        {
            var span = o.GetSpan(20);
            number.TryFormat(span, out var written);
            o.Advance(written);
        }
        else
        {
            o.Write("null"u8);
        }
    }
}
