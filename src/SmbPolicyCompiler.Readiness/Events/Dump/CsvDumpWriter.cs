using System.Globalization;
using SmbPolicyCompiler.Readiness.Output;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>
/// CSV with a header row and one line per record; the data column holds the fields as a JSON object (records of
/// different events have different fields). Cells are spreadsheet-safe (<see cref="CsvCell"/>).
/// </summary>
internal sealed class CsvDumpWriter(ByteBuffer output) : DumpWriter(output)
{
    private readonly ByteBuffer _data = new(1024);
    private readonly JsonText _json = new();

    public override void WriteStart() => WriteText("recordId,time,provider,channel,eventId,version,level,computer,data\n");

    public override void Write(IDumpRecord record)
    {
        _data.ResetWrittenCount();
        NdjsonDumpWriter.WriteData(_data, record, _json);

        string[] cells =
        [
            Number(record.RecordId),
            record.TimeUtc?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) ?? string.Empty,
            Cell(record.Provider),
            Cell(record.Channel),
            Number(record.EventId),
            Number(record.Version),
            Number(record.Level),
            Cell(record.Computer),
            CsvCell.Escape(System.Text.Encoding.UTF8.GetString(_data.WrittenSpan), int.MaxValue),
        ];
        WriteText(string.Join(',', cells) + "\n");
    }

    private static string Cell(ReadOnlySpan<char> text) => CsvCell.Escape(text.ToString(), int.MaxValue);

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
