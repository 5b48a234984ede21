using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The meaning of the event XML, shared by both tokenizers (the fast scanner and the XmlReader reference) so that
/// they differ only in how they read XML syntax. Fed element starts, text and ends of one &lt;Event&gt;, it
/// collects System values, EventData/Data[@Name] (unnamed Data as positional values) and UserData/*/* by local
/// name; RenderingInfo and anything else is ignored.
/// </summary>
internal sealed class EventXmlAssembler
{
    public const int MaxDepth = 64;

    private const int ProviderSlot = 0;
    private const int ChannelSlot = 1;
    private const int ComputerSlot = 2;
    private const int FirstNameSlot = 3;
    private const int FirstValueSlot = 64;

    private readonly ReadContext _context;
    private readonly EventRecordBuilder _builder;
    private readonly XmlRole[] _roles = new XmlRole[MaxDepth + 2];
    private readonly char[] _value;
    private readonly RecentStrings _recent;
    private int _valueLength;
    private bool _valueTruncated;
    private string? _fieldName;
    private int _fieldOrdinal;
    private long _record;

    public EventXmlAssembler(ReadContext context)
    {
        _context = context;
        _builder = new EventRecordBuilder(context);
        _value = new char[context.Options.MaxFieldChars];
        _recent = new RecentStrings(context.Pool, FirstValueSlot * 2);
    }

    public bool InEvent => Depth > 0;

    /// <summary>0 outside an event, 1 directly inside &lt;Event&gt;.</summary>
    public int Depth { get; private set; }

    public long EventLine { get; private set; }

    public long EventsCompleted { get; private set; }

    public long RecordsBegun => _record;

    public bool CapturesText => XmlRoles.CapturesText(_roles[Depth]);

    /// <summary>The role of the innermost open element.</summary>
    public XmlRole Role => _roles[Depth];

    public void BeginEvent(long line)
    {
        _builder.Reset();
        _fieldOrdinal = 0;
        Depth = 1;
        _roles[1] = XmlRole.Event;
        EventLine = line;
        _record++;
    }

    public void Abandon() => Depth = 0;

    public XmlRole RoleFor(ReadOnlySpan<char> localName) => XmlRoles.ChildOf(_roles[Depth], localName);

    /// <summary>Enters a child element; false when nesting exceeds <see cref="MaxDepth"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Start(XmlRole role, ReadOnlySpan<char> localName, ReadOnlySpan<char> attribute, bool hasAttribute)
    {
        if (Depth >= MaxDepth)
        {
            return false;
        }

        _roles[++Depth] = role;
        if (XmlRoles.CapturesText(role))
        {
            _valueLength = 0;
            _valueTruncated = false;
        }

        switch (role)
        {
            case XmlRole.Data:
                _fieldName = hasAttribute ? _recent.Get(FirstNameSlot + _fieldOrdinal, attribute.Trim()) : null;
                break;
            case XmlRole.UserDataField:
                _fieldName = _recent.Get(FirstNameSlot + _fieldOrdinal, localName);
                break;
            case XmlRole.Provider when hasAttribute:
                _builder.Provider = _recent.Get(ProviderSlot, attribute.Trim());
                break;
            case XmlRole.TimeCreated when hasAttribute:
                _builder.SetIsoTime(attribute, EventLine);
                break;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Text(ReadOnlySpan<char> text)
    {
        var room = _value.Length - _valueLength;
        if (text.Length > room)
        {
            text = text[..room];
            _valueTruncated = true;
        }

        text.CopyTo(_value.AsSpan(_valueLength));
        _valueLength += text.Length;
    }

    /// <summary>Leaves the current element; true when that closed the event (record is then the event, or null if malformed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool End(out AuditEvent? record)
    {
        record = null;
        var role = _roles[Depth];
        var value = _value.AsSpan(0, _valueLength);
        switch (role)
        {
            case XmlRole.EventId:
                _builder.SetEventId(value);
                break;
            case XmlRole.Version:
                _builder.SetVersion(value);
                break;
            case XmlRole.Level:
                _builder.SetLevel(value);
                break;
            case XmlRole.RecordId:
                _builder.SetRecordId(value);
                break;
            case XmlRole.Channel:
                _builder.Channel = _recent.Get(ChannelSlot, value.Trim());
                break;
            case XmlRole.Computer:
                _builder.Computer = _recent.Get(ComputerSlot, value.Trim());
                break;
            case XmlRole.Data or XmlRole.UserDataField:
                CommitField(value);
                break;
        }

        if (XmlRoles.CapturesText(role))
        {
            _valueLength = 0;
        }

        if (--Depth > 0)
        {
            return false;
        }

        record = _builder.Build(new EventLocation(_context.File, EventLine, _record));
        if (record is not null)
        {
            EventsCompleted++;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CommitField(ReadOnlySpan<char> value)
    {
        if (_valueTruncated)
        {
            _context.Problem(ReadProblemKind.FieldTooLong, EventLine,
                $"field {_fieldName ?? "(unnamed)"} is longer than {_value.Length} characters; it was cut to that length.");
        }

        var text = _recent.Get(FirstValueSlot + _fieldOrdinal++, value);
        if (_fieldName is null)
        {
            _builder.AddPositional(text);
        }
        else
        {
            _builder.AddField(_fieldName, text);
        }
    }
}
