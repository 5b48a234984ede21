using System.Text;
using System.Text.Json;
using SmbPolicyCompiler.Formats.Csv;

namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>
/// Reads one aggregate file opened by <see cref="InputOpener"/> (gzip and encoding handled, format detected): CSV,
/// a JSON array or NDJSON by its first character. Bad rows are reported with their place and skipped; a damaged file
/// keeps the rows before the damage. Nothing throws for bad content.
/// </summary>
internal sealed class AggregateFileReader(string file, AggregateReport report, AggregateRowBuilder builder)
{
    public IEnumerable<AggregateRow> Rows(OpenedInput input)
    {
        long rows = 0, bad = 0;
        string? stopped = null;
        IAggregateRows reader;
        try
        {
            reader = Open(input);
        }
        catch (Exception damage) when (IsDamage(damage))
        {
            report.Problem(ReadProblemKind.TruncatedFile, file, 0, $"cannot be read: the file is damaged ({damage.Message}).");
            report.AddFile(new FileReadSummary(file, EventInputFormat.ReadinessAggregate, input.Compressed, 0, 0, 0, FileOutcome.Unreadable, damage.Message));
            yield break;
        }

        using var owned = reader;
        while (true)
        {
            AggregateRow row;
            string? error;
            (int Id, long Count)? unknown;
            try
            {
                if (!reader.TryRead(builder, out row, out error, out unknown))
                {
                    break;
                }
            }
            catch (Exception damage) when (IsDamage(damage))
            {
                stopped = damage.Message;
                report.Problem(ReadProblemKind.TruncatedFile, file, reader.Position, $"reading stopped after {rows} rows because the file is damaged ({damage.Message}); the rows before were kept.");
                break;
            }

            rows++;
            if (error is not null)
            {
                bad++;
                report.Problem(ReadProblemKind.MalformedRecord, file, reader.Position, $"aggregate row skipped: {error}.");
                continue;
            }

            if (unknown is { } id)
            {
                report.UnknownRow(id.Id, id.Count);
                continue;
            }

            report.Row(row);
            yield return row;
        }

        var outcome = reader.NotAggregateReason is not null ? FileOutcome.NotAnEventFile : rows == 0 ? FileOutcome.Empty : FileOutcome.Read;
        var note = reader.NotAggregateReason ?? (rows == 0 ? "no aggregate rows" : stopped);
        if (reader.NotAggregateReason is { } reason)
        {
            report.Problem(ReadProblemKind.NotAnEventFile, file, 0, reason + ".");
        }
        else if (rows == 0 && stopped is null)
        {
            report.Problem(ReadProblemKind.EmptyFile, file, 0, "holds no aggregate rows.");
        }

        report.AddFile(new FileReadSummary(file, EventInputFormat.ReadinessAggregate, input.Compressed, rows, rows - bad, bad, outcome, note));
    }

    private static bool IsDamage(Exception error) =>
        error is JsonException or CsvFormatException or IOException or InvalidDataException or DecoderFallbackException;

    private IAggregateRows Open(OpenedInput input)
    {
        var head = input.Input.HeadText().TrimStart(" \t\r\n\uFEFF".ToCharArray());
        return head.StartsWith('[') ? new JsonAggregateReader(input.OpenUtf8(), array: true)
            : head.StartsWith('{') ? new JsonAggregateReader(input.OpenUtf8(), array: false)
            : new CsvAggregateReader(input.OpenText(), file);
    }
}
