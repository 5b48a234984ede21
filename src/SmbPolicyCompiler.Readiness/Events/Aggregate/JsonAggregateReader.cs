using System.Text.Json;

namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>
/// A readiness aggregate as JSON: an array of row objects (az monitor log-analytics query, Log Analytics' JSON
/// export) or one object per line (NDJSON; Splunk's export wraps each row as {"preview":false,"result":{...}}).
/// Values may be strings or numbers, lists arrays or JSON text. Rows stream: one element is in memory at a time.
/// </summary>
internal sealed class JsonAggregateReader : IAggregateRows
{
    private readonly Stream _utf8;
    private readonly IEnumerator<JsonElement> _elements;

    public JsonAggregateReader(Stream utf8, bool array)
    {
        _utf8 = utf8;
        var options = new JsonSerializerOptions(AggregateJsonContext.Default.Options) { MaxDepth = 16 };
        var context = new AggregateJsonContext(options);
        _elements = JsonSerializer.DeserializeAsyncEnumerable(utf8, context.JsonElement, topLevelValues: !array).ToBlockingEnumerable().GetEnumerator();
    }

    public string? NotAggregateReason => null;

    public long Position { get; private set; }

    public bool TryRead(AggregateRowBuilder builder, out AggregateRow row, out string? error, out (int Id, long Count)? unknown)
    {
        row = default;
        error = null;
        unknown = null;
        if (!_elements.MoveNext())
        {
            return false;
        }

        Position++;
        var element = Unwrapped(_elements.Current);
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = $"row {Position} is a JSON {element.ValueKind}, not an object";
            return true;
        }

        var cells = default(AggregateCells);
        try
        {
            foreach (var property in element.EnumerateObject())
            {
                if (AggregateColumns.Find(property.Name) is { } column)
                {
                    cells.Set(column, AggregateValues.Text(property.Value));
                }
            }
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json throws this for a string that is not valid UTF-8.
            error = $"row {Position} holds text that is not valid UTF-8";
            return true;
        }

        if (builder.Build(cells, out error, out unknown) is { } built)
        {
            row = built;
        }

        return true;
    }

    public void Dispose()
    {
        _elements.Dispose();
        _utf8.Dispose();
    }

    /// <summary>Splunk's export lines hold the row under "result".</summary>
    private static JsonElement Unwrapped(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object
            ? result
            : element;
}
