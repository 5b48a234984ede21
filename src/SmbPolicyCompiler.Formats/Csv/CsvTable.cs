using System.Globalization;
using nietras.SeparatedValues;
using SmbPolicyCompiler.Formats.Text;

namespace SmbPolicyCompiler.Formats.Csv;

/// <summary>
/// The one CSV reader, for inventories and event exports alike, on Sep: a first line starting with '#' skipped
/// (<see cref="CsvTypeLine"/>), the delimiter found in the header (comma, semicolon or tab, the most frequent outside
/// quotes), then rows with the line each starts on. RFC 4180 quoting (doubled quotes, line breaks inside quotes). Spaces
/// around a field are not part of it, spaces inside quotes are — Import-Csv's rule, and how hand-made and spreadsheet
/// CSVs are meant to be read. Blank lines are skipped. Rows stream; a record longer than
/// <see cref="MaxRecordChars"/> (an unterminated quote swallowing the file) stops the reading with <see cref="CsvFormatException"/>.
/// </summary>
public sealed class CsvTable : IDisposable
{
    /// <summary>Sep's limit for one record.</summary>
    public const int MaxRecordChars = 16 * 1024 * 1024;

    private readonly SepReader _rows;
    private readonly string _sourceName;
    private readonly int _linesBefore;
    private long _line;

    private CsvTable(SepReader rows, string sourceName, int linesBefore, char delimiter)
    {
        _rows = rows;
        _sourceName = sourceName;
        _linesBefore = linesBefore;
        Delimiter = delimiter;
        HeaderLine = linesBefore + 1;
        _line = HeaderLine;
        Header = rows.MoveNext() ? Cells(rows.Current) : [];
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The line the header is on: 2 after a #TYPE line, else 1.</summary>
    public int HeaderLine { get; }

    public char Delimiter { get; }

    /// <summary>The line the current row starts on (1-based, in the file).</summary>
    public long Line => _line;

    /// <summary>How many fields the current row has.</summary>
    public int Count => _rows.Current.ColCount;

    /// <summary>A field of the current row, unquoted and trimmed; valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<char> this[int column] => _rows.Current[column].Span;

    /// <summary>True when the current row ran to the end of the input inside quotes (a truncated file).</summary>
    public bool EndsInsideQuotes => _rows.Current.Span.Count('"') % 2 != 0;

    /// <summary>The table of <paramref name="text"/>, or null when it holds no header (empty, or only a #TYPE line).</summary>
    public static CsvTable? Open(TextReader text, string sourceName = "file.csv")
    {
        var linesBefore = 0;
        if (text.Peek() == '#')
        {
            ReadLine(text, sourceName, 1);
            linesBefore = 1;
        }

        var header = ReadLine(text, sourceName, linesBefore + 1);
        if (header is null)
        {
            text.Dispose();
            return null;
        }

        var delimiter = SniffDelimiter(header);
        var rows = Sep.New(delimiter).Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            Trim = SepTrim.Outer,
            DisableColCountCheck = true,
            DisableFastFloat = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).From(new PrefixedTextReader(header + "\n", text));
        return new CsvTable(rows, sourceName, linesBefore, delimiter);
    }

    public static CsvTable? Open(string text, string sourceName = "file.csv") => Open(new StringReader(text), sourceName);

    /// <summary>Moves to the next row that is not blank; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            try
            {
                if (!_rows.MoveNext())
                {
                    return false;
                }
            }
            catch (NotSupportedException)
            {
                throw new CsvFormatException(_sourceName, _line + 1,
                    $"a record longer than {MaxRecordChars / (1024 * 1024)} M characters starts near here; is a quote left open?");
            }

            var row = _rows.Current;
            _line = row.LineNumberFrom + _linesBefore;
            if (row.ColCount > 1 || !row[0].Span.IsEmpty)
            {
                return true;
            }
        }
    }

    /// <summary>The fields of the current row as strings.</summary>
    public string[] Fields()
    {
        var fields = new string[Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = this[i].ToString();
        }

        return fields;
    }

    public void Dispose() => _rows.Dispose();

    /// <summary>Comma, semicolon or tab: the most frequent outside quotes; a tie goes to the comma, then the tab.</summary>
    public static char SniffDelimiter(ReadOnlySpan<char> header)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            quoted ^= c == '"';
            if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>A line without its end, refusing one longer than a header can be; null at the end of the input.</summary>
    private static string? ReadLine(TextReader text, string sourceName, int line)
    {
        const int maxHeaderChars = 1024 * 1024;
        var builder = new System.Text.StringBuilder();
        int c;
        while ((c = text.Read()) >= 0)
        {
            if (c == '\n')
            {
                return builder.ToString();
            }

            if (c != '\r' || text.Peek() != '\n')
            {
                builder.Append((char)c);
            }

            if (builder.Length > maxHeaderChars)
            {
                throw new CsvFormatException(sourceName, line, $"the header is longer than {maxHeaderChars / 1024} K characters; is this a CSV file?");
            }
        }

        return builder.Length == 0 && c < 0 ? null : builder.ToString();
    }

    private static string[] Cells(SepReader.Row row)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].ToString();
        }

        return cells;
    }
}
