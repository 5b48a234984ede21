using System.Text;

namespace SmbPolicyCompiler.Core.Text;

/// <summary>
/// A small CSV reader over text in memory (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) that
/// reports the line each record starts on. The delimiter is sniffed from the header: comma, semicolon or tab.
/// </summary>
public sealed class CsvParser(string text, char delimiter)
{
    private readonly StringBuilder quoted = new();
    private int position;
    private int line = 1;

    /// <summary>The line the last record returned by <see cref="Read"/> started on (1-based).</summary>
    public int RecordLine { get; private set; }

    public static char SniffDelimiter(string headerLine)
    {
        var candidates = new[] { ',', ';', '\t' };
        return candidates.OrderByDescending(c => headerLine.Count(ch => ch == c)).First();
    }

    /// <summary>The next record's fields, or null at the end. An unterminated quote ends at the end of input.</summary>
    public IReadOnlyList<string>? Read()
    {
        if (position >= text.Length)
        {
            return null;
        }

        RecordLine = line;
        var fields = new List<string>();
        while (true)
        {
            fields.Add(position < text.Length && text[position] == '"' ? QuotedField() : PlainField());
            if (position >= text.Length)
            {
                return fields;
            }

            var c = text[position++];
            if (c == delimiter)
            {
                continue;
            }

            if (c == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
            }

            line++;
            return fields;
        }
    }

    private string PlainField()
    {
        var start = position;
        while (position < text.Length && text[position] != delimiter && text[position] != '\n' && text[position] != '\r')
        {
            position++;
        }

        return text.AsSpan(start, position - start).Trim().ToString();
    }

    private string QuotedField()
    {
        quoted.Clear();
        position++;
        while (position < text.Length)
        {
            var c = text[position++];
            if (c != '"')
            {
                line += c == '\n' ? 1 : 0;
                quoted.Append(c);
            }
            else if (position < text.Length && text[position] == '"')
            {
                quoted.Append('"');
                position++;
            }
            else
            {
                break;
            }
        }

        // Text after the closing quote and before the delimiter is kept, as spreadsheet programs do.
        var rest = PlainField();
        return rest.Length == 0 ? quoted.ToString() : quoted + rest;
    }
}
