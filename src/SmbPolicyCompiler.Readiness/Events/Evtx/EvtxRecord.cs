using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// One decoded record: the System values and the event data, with all text in one reused buffer. Reused from record
/// to record by one decoder; consumers copy what they keep before the next record is decoded.
/// </summary>
internal sealed partial class EvtxRecord
{
    private string?[] _rawNames = new string?[32];
    private TextRange[] _rawValues = new TextRange[32];
    private string[] _names = new string[32];
    private TextRange[] _values = new TextRange[32];
    private int[] _positional = new int[32];

    public EvtxRecord(StringPool pool)
    {
        Pool = pool;
    }

    public TextBuffer Text { get; } = new();

    /// <summary>The decoding thread's pool, for the strings a consumer keeps.</summary>
    public StringPool Pool { get; }

    public TextRange Provider { get; set; }

    public TextRange Channel { get; set; }

    public TextRange Computer { get; set; }

    public int? EventId { get; set; }

    public int? Version { get; set; }

    public int? Level { get; set; }

    /// <summary>The rendered System/EventRecordID (which can differ from the record header's number, e.g. for forwarded events).</summary>
    public long? RecordId { get; set; }

    public DateTime? TimeUtc { get; set; }

    /// <summary>A TimeCreated value that was present but not a time (the record is kept without a time).</summary>
    public string? UnreadableTime { get; set; }

    /// <summary>Why the record cannot be used (no event id, ...); null when it can.</summary>
    public string? Error { get; set; }

    /// <summary>The number in the record header.</summary>
    public ulong HeaderRecordId { get; set; }

    /// <summary>Where the record starts in the file.</summary>
    public long FileOffset { get; set; }

    public int RawFieldCount { get; private set; }

    /// <summary>Set when the fields may need the full naming pass (array items, names from substitutions, several templates).</summary>
    public bool FieldsNeedNaming { get; set; }

    /// <summary>How many template runs added fields to this record.</summary>
    public int FieldPlans { get; set; }

    /// <summary>The fields after naming: the named ones first (first occurrence wins, case-insensitively), then unnamed ones as param1..N.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Fields beyond the per-event limit, ignored.</summary>
    public int IgnoredFields { get; private set; }

    /// <summary>The first field cut to the size limit, or null.</summary>
    public string? TruncatedField { get; set; }

    public ReadOnlySpan<char> this[TextRange range] => range.IsPresent ? Text.Slice(range.Start, range.Length) : default;

    public string FieldName(int index) => _names[index];

    public ReadOnlySpan<char> FieldValue(int index) => this[_values[index]];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Reset()
    {
        Text.Length = 0;
        Provider = Channel = Computer = TextRange.None;
        EventId = Version = Level = null;
        RecordId = null;
        TimeUtc = null;
        UnreadableTime = Error = TruncatedField = null;
        RawFieldCount = FieldCount = IgnoredFields = 0;
        FieldsNeedNaming = false;
        FieldPlans = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddRawField(string? name, TextRange value)
    {
        if (RawFieldCount == _rawNames.Length)
        {
            Array.Resize(ref _rawNames, RawFieldCount * 2);
            Array.Resize(ref _rawValues, RawFieldCount * 2);
        }

        _rawNames[RawFieldCount] = name;
        _rawValues[RawFieldCount++] = value;
    }

    /// <summary>Applies the naming rules of the XML path (EventRecordBuilder) to the raw fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void NameFields(int maxFields)
    {
        if (!FieldsNeedNaming && RawFieldCount <= maxFields)
        {
            Grow(RawFieldCount);
            for (var i = 0; i < RawFieldCount; i++)
            {
                _names[i] = _rawNames[i]!;
                _values[i] = _rawValues[i];
            }

            FieldCount = RawFieldCount;
            return;
        }

        Grow(RawFieldCount * 2);
        var positional = 0;
        for (var i = 0; i < RawFieldCount; i++)
        {
            if (_rawNames[i] is { } name)
            {
                Add(name, _rawValues[i], positional, maxFields);
            }
            else if (FieldCount + positional >= maxFields)
            {
                IgnoredFields++;
            }
            else
            {
                _positional[positional++] = i;
            }
        }

        for (var p = 0; p < positional; p++)
        {
            Add(FieldResolver.ParamName(p + 1), _rawValues[_positional[p]], positional, maxFields);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(string name, TextRange value, int positional, int maxFields)
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        if (FieldCount + positional >= maxFields)
        {
            IgnoredFields++;
            return;
        }

        _names[FieldCount] = name;
        _values[FieldCount++] = value;
    }

    private void Grow(int count)
    {
        if (count > _names.Length)
        {
            _names = new string[count];
            _values = new TextRange[count];
            _positional = new int[count];
        }
    }
}
