using System.Globalization;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Collects the parts of one record while a format reader walks it, then builds the immutable
/// <see cref="AuditEvent"/>. Reused from record to record so that per-record garbage is only the result.
/// </summary>
internal sealed class EventRecordBuilder(ReadContext context)
{
    private readonly List<string> _names = [];
    private readonly List<string> _values = [];
    private readonly List<string> _positional = [];
    private const int MaxKnownNames = 32;
    private readonly List<string[]> _knownNames = [];
    private int _ignoredFields;
    private string? _error;
    private int? _levelFromName;

    public string Computer { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string Provider { get; set; } = string.Empty;

    public int? EventId { get; set; }

    public int? Version { get; set; }

    public int? Level { get; set; }

    public long? RecordId { get; set; }

    public DateTime? TimeUtc { get; private set; }

    public bool TimeLacksOffset { get; private set; }

    /// <summary>The rendered message, used only when the record carries no event data at all.</summary>
    public string? Message { get; set; }

    public bool HasData => _names.Count > 0 || _positional.Count > 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Reset()
    {
        _names.Clear();
        _values.Clear();
        _positional.Clear();
        _ignoredFields = 0;
        _error = null;
        Computer = Channel = Provider = string.Empty;
        EventId = Version = Level = _levelFromName = null;
        RecordId = null;
        TimeUtc = null;
        TimeLacksOffset = false;
        Message = null;
    }

    /// <summary>Marks the record as unreadable; the first reason is kept.</summary>
    public void Fail(string reason) => _error ??= reason;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddField(string name, string value)
    {
        foreach (var existing in _names)
        {
            if (string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        if (_names.Count + _positional.Count >= context.Options.MaxFieldsPerEvent)
        {
            _ignoredFields++;
            return;
        }

        _names.Add(name);
        _values.Add(value);
    }

    public void AddPositional(string value)
    {
        if (_names.Count + _positional.Count >= context.Options.MaxFieldsPerEvent)
        {
            _ignoredFields++;
            return;
        }

        _positional.Add(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetEventId(ReadOnlySpan<char> text)
    {
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) && id >= 0)
        {
            EventId = id;
        }
        else
        {
            Fail($"the event id '{Shorten(text)}' is not a number");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetVersion(ReadOnlySpan<char> text)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            Version = version;
        }
    }

    /// <summary>The level as a number; a name in its place (Event Viewer's "Save As" CSV) is taken as a name.</summary>
    public void SetLevel(ReadOnlySpan<char> text)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            Level = level;
        }
        else
        {
            SetLevelName(text);
        }
    }

    /// <summary>
    /// The level as a name (LevelDisplayName, Winlogbeat's level, Sentinel's EventLevelName); used only when the record
    /// carries no level number. Localised names are not guessed at.
    /// </summary>
    public void SetLevelName(ReadOnlySpan<char> text) => _levelFromName ??= EventLevelNames.Level(text);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetRecordId(ReadOnlySpan<char> text)
    {
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            RecordId = id;
        }
    }

    public void SetTime(DateTime utc, bool lackedOffset)
    {
        TimeUtc = utc;
        TimeLacksOffset = lackedOffset;
    }

    /// <summary>ISO-8601 as in SystemTime; without an offset the value is UTC by the event schema but still flagged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetIsoTime(ReadOnlySpan<char> text, long line)
    {
        if (EventTimeParser.TryParseIso(text, out var utc, out var hadOffset))
        {
            SetTime(utc, !hadOffset);
        }
        else if (!text.Trim().IsEmpty)
        {
            context.Problem(ReadProblemKind.UnreadableTime, line, $"the time '{Shorten(text)}' is not an ISO-8601 time; the event is kept without a time.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AuditEvent? Build(EventLocation location)
    {
        if (_error is null && EventId is null)
        {
            _error = "it has no event id";
        }

        if (_error is not null)
        {
            context.ProblemAt(ReadProblemKind.MalformedRecord, location.Line, $"record {new PartRecord(location.Record)} skipped: {_error}.");
            return null;
        }

        if (_ignoredFields > 0)
        {
            context.Problem(ReadProblemKind.TooManyFields, location.Line,
                $"event {EventId} has more than {context.Options.MaxFieldsPerEvent} fields; {_ignoredFields} were ignored.");
        }

        var fromMessage = false;
        if (!HasData && Message is not null)
        {
            fromMessage = MessageLabels.Extract(Message, this) > 0;
        }

        for (var i = 0; i < _positional.Count; i++)
        {
            AddField(FieldResolver.ParamName(i + 1), _positional[i]);
        }

        return new AuditEvent
        {
            Computer = Computer,
            Channel = Channel,
            Provider = Provider,
            EventId = EventId!.Value,
            Version = Version,
            Level = Level ?? _levelFromName,
            RecordId = RecordId,
            TimeUtc = TimeUtc,
            TimeLacksOffset = TimeLacksOffset,
            Fields = _names.Count == 0 ? EventFields.Empty : new EventFields(SharedNames(), [.. _values]),
            FieldsFromMessage = fromMessage,
            Location = location,
        };
    }

    /// <summary>Events of one kind name the same fields, as the same pooled strings: share one array of names between them.</summary>
    private string[] SharedNames()
    {
        foreach (var known in _knownNames)
        {
            if (SameNames(known))
            {
                return known;
            }
        }

        string[] names = [.. _names];
        if (_knownNames.Count < MaxKnownNames)
        {
            _knownNames.Add(names);
        }

        return names;
    }

    private bool SameNames(string[] known)
    {
        if (known.Length != _names.Count)
        {
            return false;
        }

        for (var i = 0; i < known.Length; i++)
        {
            if (!ReferenceEquals(_names[i], known[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Shorten(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 40 ? trimmed.ToString() : string.Concat(trimmed[..40], "...");
    }
}
