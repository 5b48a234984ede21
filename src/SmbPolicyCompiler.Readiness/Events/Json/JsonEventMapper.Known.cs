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
            case Key.Time:
                _scratch.Time ??= value;
                break;
            case Key.WinlogTime:
                _scratch.WinlogTime = value;
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

        var time = _scratch.Time ?? _scratch.WinlogTime;
        if (time is not null)
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
        public string? Time;
        public string? WinlogTime;
    }
}
