using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The common case mapped without building dotted paths: while every property name met is plain ASCII (no escapes,
/// no dots), what a name means follows from its parent's scope and the name alone, matched on its bytes. Anything
/// else (dotted keys, escapes, data nested in event_data, a value that would be reported) gives up before any effect
/// is reported, and the general walk maps the object from the start, so results and problems are the general walk's.
/// </summary>
internal sealed partial class JsonEventMapper
{
    /// <summary>Longer names (their paths could reach <see cref="MaxPath"/>) are left to the general walk.</summary>
    private const int MaxScopedName = 100;

    private readonly Scope[] _scopes = new Scope[66];
    private readonly RememberedName?[] _names = new RememberedName?[MaxRecentFields];
    /// <summary>Reads one scalar alone (a value met for the first time) exactly as the reader reads it in place.</summary>
    private static readonly JsonReaderOptions TokenOptions = new();

    private readonly Utf8StringCache _values = new(FirstValueSlot + MaxRecentFields);

    /// <summary>Where the last message seen is, when it is plain text to be decoded only if the record has no event data.</summary>
    private Range _message;
    private bool _messageLater;

    /// <summary>False maps every object by the general walk (tests compare the two).</summary>
    internal bool ByScope { get; init; } = true;

    /// <summary>How many objects were mapped by scope rather than by the general walk.</summary>
    internal long MappedByScope { get; private set; }

    /// <summary>Where a property sits, as far as the keys that are read care.</summary>
    private enum Scope : byte
    {
        Root,
        Source,
        Winlog,
        EventData,
        WinlogOther,
        Event,
        Host,
        Log,
        TimeCreated,
        Ignored,
    }

    /// <summary>What a scalar value under a name is.</summary>
    private enum Member : byte
    {
        None,
        WinlogOther,
        Field,
        /// <summary>winlog.event_data.xml_name: a scalar is not a field; anything nested in it would be one.</summary>
        XmlName,
        Known,
        Properties,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMapByScope(ReadOnlySpan<byte> json, JsonReaderOptions options, bool followed, out int consumed, out AuditEvent? mapped)
    {
        consumed = 0;
        mapped = null;
        _builder.Reset();
        _scratch = Scratch.Empty;
        _fieldOrdinal = 0;
        try
        {
            var reader = new Utf8JsonReader(json, options);
            reader.Read();
            _scopes[1] = Scope.Root;
            var child = Scope.Ignored;
            var member = Member.None;
            var key = Key.Id;
            ReadOnlySpan<byte> field = default;
            var nameOrdinal = 0;
            _messageLater = false;
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var scope = _scopes[depth];
                        var name = reader.ValueSpan;
                        if (reader.ValueIsEscaped)
                        {
                            return false;
                        }

                        if (scope is Scope.Ignored or Scope.WinlogOther)
                        {
                            if (!Ascii.IsValid(name))
                            {
                                return false;
                            }

                            child = scope;
                            member = scope == Scope.WinlogOther ? Member.WinlogOther : Member.None;
                            break;
                        }

                        if (!TryClassify(scope, name, nameOrdinal++, out var meaning))
                        {
                            return false;
                        }

                        (child, member, key) = meaning;
                        field = name;
                        break;
                    case JsonTokenType.StartObject:
                        if (member is Member.Field or Member.XmlName)
                        {
                            return false;
                        }

                        _scopes[depth + 1] = child;
                        break;
                    case JsonTokenType.StartArray:
                        if (member is Member.Field or Member.XmlName)
                        {
                            return false;
                        }

                        if (member == Member.Properties)
                        {
                            if (json.Length - (int)reader.TokenStartIndex > _chars.Length && !ValuesFit(reader))
                            {
                                return false;
                            }

                            Properties(ref reader);
                        }
                        else
                        {
                            reader.Skip();
                        }

                        break;
                    case JsonTokenType.EndObject when depth == 0 && followed:
                        consumed = (int)reader.BytesConsumed;
                        MappedByScope++;
                        KeepMessage(json);
                        mapped = Complete();
                        return true;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.Null:
                        break;
                    default:
                        if (member is Member.Field or Member.Known && reader.ValueSpan.Length > _chars.Length)
                        {
                            return false;
                        }

                        if (member is Member.None or Member.XmlName or Member.Properties)
                        {
                            break;
                        }

                        var start = (int)reader.TokenStartIndex;
                        var quotes = reader.TokenType == JsonTokenType.String ? 2 : 0;
                        Leaf(json, start..(start + reader.ValueSpan.Length + quotes), reader.ValueIsEscaped, member, key, field);
                        break;
                }
            }

            consumed = (int)reader.BytesConsumed;
            KeepMessage(json);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return false;
        }

        MappedByScope++;
        mapped = Complete();
        return true;
    }

    /// <summary>
    /// The message is read only when the record has no event data (Winlogbeat's rendered message is long and never
    /// needed then); it is plain valid UTF-8 (<see cref="Leaf"/>), so decoding it cannot fail where the general walk would.
    /// </summary>
    private void KeepMessage(ReadOnlySpan<byte> json)
    {
        if (_messageLater && !_builder.HasData)
        {
            _builder.Message = _recent.Get((int)Key.Message, _chars.AsSpan(0, Encoding.UTF8.GetChars(json[_message], _chars)));
        }
    }

    /// <summary>Whether no value of the array is longer than a field may be (so mapping it reports nothing).</summary>
    private bool ValuesFit(Utf8JsonReader probe)
    {
        var start = probe.TokenStartIndex;
        probe.Skip();
        return probe.BytesConsumed - start <= _chars.Length;
    }

    /// <summary>
    /// What the string, number, true or false at <paramref name="token"/> of <paramref name="json"/> means under a member,
    /// decoded as <see cref="ValueText"/> decodes it in place (both paths come here).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Leaf(ReadOnlySpan<byte> json, Range token, bool escaped, Member member, Key key, ReadOnlySpan<byte> name)
    {
        var bytes = json[token];
        var isString = bytes[0] == (byte)'"';
        var raw = isString ? bytes[1..^1] : bytes;
        var text = isString || bytes[0] is not ((byte)'t' or (byte)'f');
        var plain = text && !escaped;
        switch (member)
        {
            case Member.Known when key == Key.Message && isString && !escaped && Utf8.IsValid(raw):
                // Decoded only if the record turns out to have no event data; a later message replaces it.
                _messageLater = true;
                var (start, _) = token.GetOffsetAndLength(json.Length);
                _message = (start + 1)..(start + 1 + raw.Length);
                break;
            case Member.Known when key == Key.Message:
                _messageLater = false;
                Known(key, LeafText(raw, bytes, text, plain, (int)key));
                break;
            case Member.WinlogOther:
                _scratch.Winlogbeat = true;
                break;
            case Member.Field:
                _scratch.Winlogbeat = true;
                var recent = _fieldOrdinal < MaxRecentFields;
                var field = CachedName(name, recent ? FirstNameSlot + _fieldOrdinal : -1);
                _builder.AddField(field, LeafText(raw, bytes, text, plain, recent ? FirstValueSlot + _fieldOrdinal : -1));
                _fieldOrdinal++;
                break;
            case Member.Known when IsParsed(key):
                LeafParsed(key, raw, bytes, plain && Ascii.IsValid(raw));
                break;
            case Member.Known:
                Known(key, LeafText(raw, bytes, text, plain, (int)key));
                break;
        }
    }

    /// <summary>
    /// The text of a scalar: found by its bytes when met before, decoded here when plain ASCII, else read alone by the
    /// reader as <see cref="CachedText"/> reads it in place (and as it reads true and false).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string LeafText(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> token, bool text, bool plain, int recentSlot)
    {
        if (text && raw.Length <= Utf8StringCache.MaxLength && _values.Find(raw, recentSlot) is { } known)
        {
            return known;
        }

        if (plain && Ascii.IsValid(raw))
        {
            return NewPlainText(raw, recentSlot, _chars);
        }

        var reader = TokenReader(token);
        return CachedText(raw, recentSlot, ref reader);
    }

    /// <summary>A value read as a number or time: plain ASCII widened in place, anything else as <see cref="ValueChars"/> reads it.</summary>
    private void LeafParsed(Key key, ReadOnlySpan<byte> raw, ReadOnlySpan<byte> token, bool plain)
    {
        if (plain)
        {
            Ascii.ToUtf16(raw, _chars, out var written);
            Parsed(key, _chars.AsSpan(0, written));
            return;
        }

        var reader = TokenReader(token);
        Parsed(key, ValueChars(ref reader));
    }

    private static Utf8JsonReader TokenReader(ReadOnlySpan<byte> token)
    {
        var reader = new Utf8JsonReader(token, TokenOptions);
        reader.Read();
        return reader;
    }

    /// <summary>A property name (plain ASCII): found by its bytes when met before.</summary>
    private string CachedName(ReadOnlySpan<byte> name, int recentSlot) =>
        name.Length <= Utf8StringCache.MaxLength && _values.Find(name, recentSlot) is { } known ? known : NewPlainText(name, recentSlot, stackalloc char[name.Length]);

    /// <summary>The text <see cref="ValueText"/> gives for these raw bytes, found by the bytes when met before.</summary>
    private string CachedText(ReadOnlySpan<byte> raw, int recentSlot, ref Utf8JsonReader reader)
    {
        var cacheable = raw.Length <= Utf8StringCache.MaxLength && reader.TokenType is JsonTokenType.String or JsonTokenType.Number;
        if (cacheable && _values.Find(raw, recentSlot) is { } known)
        {
            return known;
        }

        var text = ValueText(ref reader, nested: false, recentSlot);
        if (cacheable)
        {
            _values.Add(raw, text, recentSlot);
        }

        return text;
    }

    /// <summary>
    /// The text of plain ASCII bytes not met before (a name, or a string without escapes, or a number), as the reader
    /// decodes it, remembered by its bytes; <paramref name="chars"/> holds at least as many characters as there are bytes.
    /// </summary>
    private string NewPlainText(ReadOnlySpan<byte> raw, int recentSlot, Span<char> chars)
    {
        Ascii.ToUtf16(raw, chars, out var written);
        var text = _recent.Get(recentSlot, chars[..written]);
        if (raw.Length <= Utf8StringCache.MaxLength)
        {
            _values.Add(raw, text, recentSlot);
        }

        return text;
    }

    /// <summary>
    /// What the <paramref name="ordinal"/>-th name that matters means, or false when it is not plain enough to say here.
    /// Consecutive events name the same properties in the same order, so the last meaning at that place is compared first.
    /// </summary>
    private bool TryClassify(Scope scope, ReadOnlySpan<byte> name, int ordinal, out (Scope Child, Member Member, Key Key) meaning)
    {
        var remembered = (uint)ordinal < (uint)_names.Length ? _names[ordinal] ??= new RememberedName() : null;
        if (remembered is { Length: > 0 } && remembered.Scope == scope && name.SequenceEqual(remembered.Name.AsSpan(0, remembered.Length)))
        {
            meaning = remembered.Meaning;
            return true;
        }

        if (name.IsEmpty || name.Length > MaxScopedName || !Ascii.IsValid(name) || name.Contains((byte)'.'))
        {
            meaning = default;
            return false;
        }

        meaning = Classify(scope, name);
        if (remembered is not null)
        {
            name.CopyTo(remembered.Name);
            remembered.Length = name.Length;
            remembered.Scope = scope;
            remembered.Meaning = meaning;
        }

        return true;
    }

    /// <summary>What <paramref name="name"/> (plain ASCII, no dot) means in <paramref name="scope"/>: the scope of an object under it, what a scalar is.</summary>
    private static (Scope Child, Member Member, Key Key) Classify(Scope scope, ReadOnlySpan<byte> name)
    {
        switch (scope)
        {
            case Scope.Root or Scope.Source:
                if (scope == Scope.Root && name.SequenceEqual("_source"u8))
                {
                    return (Scope.Source, Member.None, default);
                }

                if (scope == Scope.Root && Ascii.EqualsIgnoreCase(name, "Properties"u8))
                {
                    return (Scope.Ignored, Member.Properties, default);
                }

                return TopLevel(name);
            case Scope.Winlog:
                return WinlogMember(name);
            case Scope.EventData:
                return Ascii.EqualsIgnoreCase(name, "xml_name"u8) ? (Scope.Ignored, Member.XmlName, default) : (Scope.Ignored, Member.Field, default);
            case Scope.Event when Ascii.EqualsIgnoreCase(name, "code"u8):
                return (Scope.Ignored, Member.Known, Key.EventCode);
            case Scope.Event when Ascii.EqualsIgnoreCase(name, "provider"u8):
                return (Scope.Ignored, Member.Known, Key.EventProvider);
            case Scope.Host when Ascii.EqualsIgnoreCase(name, "name"u8) || Ascii.EqualsIgnoreCase(name, "hostname"u8):
                return (Scope.Ignored, Member.Known, Key.HostName);
            case Scope.Log when Ascii.EqualsIgnoreCase(name, "level"u8):
                return (Scope.Ignored, Member.Known, Key.LevelName);
            case Scope.TimeCreated when Ascii.EqualsIgnoreCase(name, "value"u8):
                return (Scope.Ignored, Member.Known, Key.Time);
            default:
                return (Scope.Ignored, Member.None, default);
        }
    }

    private static (Scope Child, Member Member, Key Key) TopLevel(ReadOnlySpan<byte> name)
    {
        if (Ascii.EqualsIgnoreCase(name, "winlog"u8))
        {
            return (Scope.Winlog, Member.None, default);
        }

        if (Ascii.EqualsIgnoreCase(name, "TimeCreated"u8))
        {
            return (Scope.TimeCreated, Member.Known, Key.Time);
        }

        var (child, key) = name.Length switch
        {
            2 when Ascii.EqualsIgnoreCase(name, "Id"u8) => (Scope.Ignored, Key.Id),
            3 when Ascii.EqualsIgnoreCase(name, "log"u8) => (Scope.Log, (Key?)null),
            4 when Ascii.EqualsIgnoreCase(name, "host"u8) => (Scope.Host, null),
            5 when Ascii.EqualsIgnoreCase(name, "event"u8) => (Scope.Event, null),
            5 when Ascii.EqualsIgnoreCase(name, "Level"u8) => (Scope.Ignored, Key.Level),
            7 when Ascii.EqualsIgnoreCase(name, "Version"u8) => (Scope.Ignored, Key.Version),
            7 when Ascii.EqualsIgnoreCase(name, "LogName"u8) => (Scope.Ignored, Key.Channel),
            7 when Ascii.EqualsIgnoreCase(name, "Message"u8) => (Scope.Ignored, Key.Message),
            8 when Ascii.EqualsIgnoreCase(name, "RecordId"u8) => (Scope.Ignored, Key.RecordId),
            10 when Ascii.EqualsIgnoreCase(name, "@timestamp"u8) => (Scope.Ignored, Key.Time),
            11 when Ascii.EqualsIgnoreCase(name, "MachineName"u8) => (Scope.Ignored, Key.Computer),
            12 when Ascii.EqualsIgnoreCase(name, "ProviderName"u8) => (Scope.Ignored, Key.Provider),
            16 when Ascii.EqualsIgnoreCase(name, "LevelDisplayName"u8) => (Scope.Ignored, Key.LevelName),
            _ => (Scope.Ignored, (Key?)null),
        };
        return (child, key is null ? Member.None : Member.Known, key ?? default);
    }

    private static (Scope Child, Member Member, Key Key) WinlogMember(ReadOnlySpan<byte> name)
    {
        if (Ascii.EqualsIgnoreCase(name, "event_data"u8) || Ascii.EqualsIgnoreCase(name, "user_data"u8))
        {
            return (Scope.EventData, Member.WinlogOther, default);
        }

        Key? key = name.Length switch
        {
            5 when Ascii.EqualsIgnoreCase(name, "level"u8) => Key.LevelName,
            7 when Ascii.EqualsIgnoreCase(name, "version"u8) => Key.Version,
            7 when Ascii.EqualsIgnoreCase(name, "channel"u8) => Key.Channel,
            8 when Ascii.EqualsIgnoreCase(name, "event_id"u8) => Key.WinlogId,
            9 when Ascii.EqualsIgnoreCase(name, "record_id"u8) => Key.RecordId,
            12 when Ascii.EqualsIgnoreCase(name, "time_created"u8) => Key.WinlogTime,
            13 when Ascii.EqualsIgnoreCase(name, "computer_name"u8) => Key.Computer,
            13 when Ascii.EqualsIgnoreCase(name, "provider_name"u8) => Key.Provider,
            _ => null,
        };
        return (Scope.WinlogOther, key is null ? Member.WinlogOther : Member.Known, key ?? default);
    }

    private sealed class RememberedName
    {
        public byte[] Name { get; } = new byte[MaxScopedName];

        public int Length { get; set; }

        public Scope Scope { get; set; }

        public (Scope Child, Member Member, Key Key) Meaning { get; set; }
    }
}
