using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Maps one JSON event object, whichever of the two shapes it has (decided per object):
/// Get-WinEvent | ConvertTo-Json (Id, LogName, MachineName, RecordId, TimeCreated, Properties[{Value}], Message)
/// or Winlogbeat/ECS (winlog.event_id, winlog.computer_name, winlog.event_data.*, winlog.user_data.*, @timestamp),
/// nested objects and dotted keys alike, optionally inside an Elasticsearch "_source".
/// </summary>
internal sealed partial class JsonEventMapper
{
    private const int MaxPath = 512;
    private const int FirstNameSlot = 16;
    private const int MaxRecentFields = 64;
    private const int FirstValueSlot = FirstNameSlot + MaxRecentFields;
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private readonly ReadContext _context;
    private readonly EventRecordBuilder _builder;
    private readonly TimeInterpreter _times;
    private readonly char[] _path = new char[MaxPath];
    private readonly int[] _base = new int[66];
    private readonly char[] _chars;
    private readonly char[] _time;
    private readonly char[] _winlogTime;
    private readonly List<string> _properties = [];
    private readonly RecentStrings _recent;
    private int _fieldOrdinal;
    private Scratch _scratch;
    private EventLocation _location;

    public JsonEventMapper(ReadContext context)
    {
        _context = context;
        _builder = new EventRecordBuilder(context);
        _times = new TimeInterpreter(context.Options);
        _chars = new char[context.Options.MaxFieldChars];
        _recent = new RecentStrings(context.Pool, FirstValueSlot + MaxRecentFields);
        _time = new char[context.Options.MaxFieldChars];
        _winlogTime = new char[context.Options.MaxFieldChars];
    }

    /// <summary>Maps <paramref name="json"/>, which must be one event object and nothing else.</summary>
    public AuditEvent? Map(ReadOnlySpan<byte> json, EventLocation location) => Map(json, location, Options.MaxDepth, followed: false, out _);

    /// <summary>
    /// Maps the event object that starts <paramref name="json"/> when more JSON follows it (the rest of an array):
    /// bytes after its closing brace are not read, and <paramref name="consumed"/> says where it ended. An object cut
    /// off by the end of <paramref name="json"/> throws <see cref="JsonException"/>, as does one nested deeper than
    /// <paramref name="maxDepth"/>.
    /// </summary>
    public AuditEvent? MapFirst(ReadOnlySpan<byte> json, EventLocation location, int maxDepth, out int consumed) =>
        Map(json, location, maxDepth, followed: true, out consumed);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AuditEvent? Map(ReadOnlySpan<byte> json, EventLocation location, int maxDepth, bool followed, out int consumed)
    {
        _location = location;
        var options = maxDepth == Options.MaxDepth ? Options : Options with { MaxDepth = maxDepth };
        if (ByLine && !followed && maxDepth == Options.MaxDepth && TryMapLine(json, out var line))
        {
            consumed = json.Length;
            return line;
        }

        if (ByScope && TryMapByScope(json, options, followed, out consumed, out var mapped))
        {
            return mapped;
        }

        _builder.Reset();
        _scratch = Scratch.Empty;
        _fieldOrdinal = 0;
        var reader = new Utf8JsonReader(json, options);
        reader.Read();
        var pathLength = 0;
        while (reader.Read())
        {
            var depth = reader.CurrentDepth;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pathLength = AppendSegment(ref reader, _base[depth]);
                    break;
                case JsonTokenType.StartObject:
                    _base[depth + 1] = pathLength;
                    break;
                case JsonTokenType.StartArray:
                    Array(ref reader, json, _path.AsSpan(0, pathLength));
                    break;
                case JsonTokenType.EndObject when depth == 0 && followed:
                    consumed = (int)reader.BytesConsumed;
                    return Complete();
                case JsonTokenType.EndObject:
                    break;
                default:
                    Leaf(ref reader, _path.AsSpan(0, pathLength));
                    break;
            }
        }

        consumed = (int)reader.BytesConsumed;
        return Complete();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AppendSegment(ref Utf8JsonReader reader, int start)
    {
        var length = start;
        if (length > 0 && length < MaxPath)
        {
            _path[length++] = '.';
        }

        var room = _path.AsSpan(length);
        if (reader.ValueSpan.Length <= room.Length)
        {
            length += reader.CopyString(room);
        }

        return length;
    }

    private void Array(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, ReadOnlySpan<char> path)
    {
        if (path.Equals("Properties", StringComparison.OrdinalIgnoreCase))
        {
            Properties(ref reader);
            return;
        }

        if (FieldName(Unwrap(path)) is { Length: > 0 } field)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var raw = json[start..(int)reader.BytesConsumed];
            _builder.AddField(_context.Pool.Get(field), Encoding.UTF8.GetString(raw[..Math.Min(raw.Length, _chars.Length)]));
            return;
        }

        reader.Skip();
    }

    /// <summary>Properties as [{"Value": v}, ...] are positional values; as strings they were truncated by ConvertTo-Json.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Properties(ref Utf8JsonReader reader)
    {
        _properties.Clear();
        var truncated = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                truncated = true;
                reader.Skip();
                continue;
            }

            string? value = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var isValue = reader.ValueTextEquals("Value"u8);
                reader.Read();
                if (isValue && value is null)
                {
                    value = ValueText(ref reader, nested: true);
                }
                else
                {
                    reader.Skip();
                }
            }

            _properties.Add(value ?? string.Empty);
        }

        if (!truncated)
        {
            foreach (var property in _properties)
            {
                _builder.AddPositional(property);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Leaf(ref Utf8JsonReader reader, ReadOnlySpan<char> path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        var key = Unwrap(path);
        if (FieldName(key) is { Length: > 0 } field)
        {
            if (!key.EndsWith(".xml_name", StringComparison.OrdinalIgnoreCase))
            {
                _scratch.Winlogbeat = true;
                // The n-th field of consecutive events usually has the name and often the value it had last time.
                var recent = _fieldOrdinal < MaxRecentFields;
                var name = _recent.Get(recent ? FirstNameSlot + _fieldOrdinal : -1, field);
                _builder.AddField(name, ValueText(ref reader, nested: false, recent ? FirstValueSlot + _fieldOrdinal : -1));
                _fieldOrdinal++;
            }

            return;
        }

        if (KeyLookup.TryGetValue(key, out var target))
        {
            if (IsParsed(target))
            {
                Parsed(target, ValueChars(ref reader));
            }
            else
            {
                Known(target, ValueText(ref reader, nested: false, (int)target));
            }
        }
        else if (key.StartsWith("winlog.", StringComparison.OrdinalIgnoreCase))
        {
            _scratch.Winlogbeat = true;
        }
    }

    /// <summary>The field name for winlog.event_data.X / winlog.user_data.X paths, else empty.</summary>
    private static ReadOnlySpan<char> FieldName(ReadOnlySpan<char> key)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["winlog.event_data.", "winlog.user_data."])
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return key[prefix.Length..];
            }
        }

        return [];
    }

    private static ReadOnlySpan<char> Unwrap(ReadOnlySpan<char> path) =>
        path.StartsWith("_source.", StringComparison.Ordinal) ? path["_source.".Length..] : path;

    /// <summary>A scalar as Windows would render it: strings as they are, numbers as written, booleans as true/false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ValueText(ref Utf8JsonReader reader, bool nested, int recentSlot = -1)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.ValueSpan.Length <= _chars.Length)
                {
                    return _recent.Get(recentSlot, _chars.AsSpan(0, reader.CopyString(_chars)));
                }

                var text = reader.GetString() ?? string.Empty;
                if (text.Length > _chars.Length)
                {
                    _context.Problem(ReadProblemKind.FieldTooLong, _location.Line, $"a value is longer than {_chars.Length} characters; it was cut to that length.");
                    text = text[.._chars.Length];
                }

                return text;
            case JsonTokenType.Number:
                // Numbers are ASCII: decoded into the buffer, a pooled string is found without a new one per event.
                return reader.ValueSpan.Length <= _chars.Length
                    ? _recent.Get(recentSlot, _chars.AsSpan(0, Encoding.UTF8.GetChars(reader.ValueSpan, _chars)))
                    : _context.Pool.Get(Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject when nested:
                return NestedValue(ref reader);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return string.Empty;
            default:
                return string.Empty;
        }
    }

    /// <summary>
    /// A scalar as <see cref="ValueText"/> renders it, as characters in a buffer that the next value overwrites: values
    /// that are parsed (numbers, times) need no string of their own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> ValueChars(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length <= _chars.Length)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return _chars.AsSpan(0, reader.CopyString(_chars));
                case JsonTokenType.Number:
                    return _chars.AsSpan(0, Encoding.UTF8.GetChars(reader.ValueSpan, _chars));
            }
        }

        return ValueText(ref reader, nested: false);
    }

    /// <summary>An object inside Properties[i].Value (e.g. a SecurityIdentifier): its own "Value" when it has one.</summary>
    private string NestedValue(ref Utf8JsonReader reader)
    {
        string? value = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isValue = reader.ValueTextEquals("Value"u8);
            reader.Read();
            if (isValue && value is null && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
            {
                value = ValueText(ref reader, nested: false);
            }
            else
            {
                reader.Skip();
            }
        }

        return value ?? string.Empty;
    }
}
