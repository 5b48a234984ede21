using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>The System values of both JSON shapes, and how a finished object becomes a record.</summary>
internal sealed partial class JsonEventMapper
{
    private static readonly FrozenDictionary<string, Key> Keys = new Dictionary<string, Key>(StringComparer.OrdinalIgnoreCase)
    {
        ["Id"] = Key.Id,
        ["winlog.event_id"] = Key.WinlogId,
        ["event.code"] = Key.EventCode,
        ["Version"] = Key.Version,
        ["winlog.version"] = Key.Version,
        ["Level"] = Key.Level,
        ["LevelDisplayName"] = Key.LevelName,
        ["winlog.level"] = Key.LevelName,
        ["log.level"] = Key.LevelName,
        ["RecordId"] = Key.RecordId,
        ["winlog.record_id"] = Key.RecordId,
        ["MachineName"] = Key.Computer,
        ["winlog.computer_name"] = Key.Computer,
        ["host.name"] = Key.HostName,
        ["host.hostname"] = Key.HostName,
        ["LogName"] = Key.Channel,
        ["winlog.channel"] = Key.Channel,
        ["ProviderName"] = Key.Provider,
        ["winlog.provider_name"] = Key.Provider,
        ["event.provider"] = Key.EventProvider,
        ["TimeCreated"] = Key.Time,
        ["TimeCreated.value"] = Key.Time,
        ["@timestamp"] = Key.Time,
        ["winlog.time_created"] = Key.WinlogTime,
        ["Message"] = Key.Message,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Key>.AlternateLookup<ReadOnlySpan<char>> KeyLookup =
        Keys.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Key
    {
        Id,
        WinlogId,
        EventCode,
        Version,
        Level,
        LevelName,
        RecordId,
        Computer,
        HostName,
        Channel,
        Provider,
        EventProvider,
        Time,
        WinlogTime,
        Message,
    }

    private static bool IsParsed(Key key) => key is Key.Version or Key.Level or Key.LevelName or Key.RecordId or Key.Time or Key.WinlogTime;

    /// <summary>The values read as numbers or times, straight from the characters (no string per event).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Parsed(Key key, ReadOnlySpan<char> value)
    {
        switch (key)
        {
            case Key.Version:
                _builder.SetVersion(value);
                break;
            case Key.Level:
                _builder.SetLevel(value);
                break;
            case Key.LevelName:
                _builder.SetLevelName(value);
                break;
            case Key.RecordId:
                _builder.SetRecordId(value);
                break;
            case Key.Time when _scratch.Time < 0:
                _scratch.Time = Keep(value, _time);
                break;
            case Key.WinlogTime:
                _scratch.WinlogTime = Keep(value, _winlogTime);
                break;
        }
    }

    private static int Keep(ReadOnlySpan<char> value, char[] into)
    {
        var length = Math.Min(value.Length, into.Length);
        value[..length].CopyTo(into);
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Known(Key key, string value)
    {
        switch (key)
        {
            case Key.Id:
                _scratch.Id = value;
                break;
            case Key.WinlogId:
                _scratch.Winlogbeat = true;
                _scratch.WinlogId = value;
                break;
            case Key.EventCode:
                _scratch.EventCode = value;
                break;
            case Key.Computer:
                _builder.Computer = value;
                break;
            case Key.HostName:
                _scratch.HostName ??= value;
                break;
            case Key.Channel:
                _builder.Channel = value;
                break;
            case Key.Provider:
                _builder.Provider = value;
                break;
            case Key.EventProvider:
                _scratch.EventProvider = value;
                break;
            default:
                _builder.Message = value;
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AuditEvent? Complete()
    {
        var id = _scratch.Winlogbeat ? _scratch.WinlogId ?? _scratch.EventCode ?? _scratch.Id : _scratch.Id ?? _scratch.EventCode;
        if (id is null)
        {
            _builder.Fail("the JSON object has neither Id (Get-WinEvent) nor winlog.event_id (Winlogbeat)");
        }
        else
        {
            _builder.SetEventId(id);
        }

        if (_builder.Computer.Length == 0 && _scratch.HostName is not null)
        {
            _builder.Computer = _scratch.HostName;
        }

        if (_builder.Provider.Length == 0 && _scratch.EventProvider is not null)
        {
            _builder.Provider = _scratch.EventProvider;
        }

        var time = _scratch.Time >= 0 ? _time.AsSpan(0, _scratch.Time) : _scratch.WinlogTime >= 0 ? _winlogTime.AsSpan(0, _scratch.WinlogTime) : null;
        if (_scratch.Time >= 0 || _scratch.WinlogTime >= 0)
        {
            if (_times.TryParse(time, allowCultureFormats: false, out var utc, out var lacked))
            {
                _builder.SetTime(utc, lacked);
            }
            else
            {
                _context.Problem(ReadProblemKind.UnreadableTime, _location.Line,
                    $"the time '{EventRecordBuilder.Shorten(time)}' could not be read; the event is kept without a time.");
            }
        }

        return _builder.Build(_location);
    }

    private struct Scratch
    {
        public bool Winlogbeat;
        public string? Id;
        public string? WinlogId;
        public string? EventCode;
        public string? HostName;
        public string? EventProvider;
        /// <summary>Length of the time in its buffer; -1 when the object has none.</summary>
        public int Time;
        public int WinlogTime;

        public static Scratch Empty => new() { Time = -1, WinlogTime = -1 };
    }
}
