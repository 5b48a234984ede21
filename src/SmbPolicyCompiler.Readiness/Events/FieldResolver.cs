using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Looks a field up by name; when the record only has positional values (param1..N), names them through the
/// manifest template of the event id and version, counting the *Length slots.
/// </summary>
internal readonly struct FieldResolver
{
    private readonly EventFields _fields;
    private readonly EventTemplate? _positional;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FieldResolver(AuditEvent record)
    {
        _fields = record.Fields;
        var count = PositionalCount(record.Fields);
        _positional = count > 0 ? EventTemplates.ForPositional(record.EventId, record.Version, count) : null;
    }

    public bool HasAnyData => _fields.Count > 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Get(string name)
    {
        if (_fields.TryGetValue(name, out var value))
        {
            return value;
        }

        var index = _positional?.IndexOf(name) ?? -1;
        return index >= 0 ? _fields[ParamName(index + 1)] : null;
    }

    public bool? GetBool(string name) => FieldValues.ParseBool(Get(name));

    public uint? GetUInt(string name) => FieldValues.ParseUInt(Get(name));

    internal static string ParamName(int oneBased) => oneBased switch
    {
        1 => "param1",
        2 => "param2",
        3 => "param3",
        4 => "param4",
        5 => "param5",
        6 => "param6",
        _ => "param" + oneBased.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PositionalCount(EventFields fields)
    {
        var count = 0;
        while (fields.Contains(ParamName(count + 1)))
        {
            count++;
        }

        return count;
    }
}
