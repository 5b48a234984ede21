using System.Globalization;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Sources.Wmi;

/// <summary>Maps what WMI returned (CLR values in property bags) to an observation. Pure, so it is tested anywhere.</summary>
internal static class WmiObservations
{
    public const int RegSz = 1;
    public const int RegExpandSz = 2;
    public const int RegBinary = 3;
    public const int RegDword = 4;
    public const int RegMultiSz = 7;
    public const int RegQword = 11;

    public static HostObservation From(string host, string source, WmiReading reading)
    {
        var registry = new ObservedRegistry();
        foreach (var key in reading.Keys)
        {
            registry.AddKey(key.Key);
            foreach (var value in key.Values)
            {
                registry.Add(key.Key, value.Name, Registry(value.Type, value.Data));
            }
        }

        return new HostObservation(host, source)
        {
            Registry = registry,
            ServerConfiguration = Properties(reading.ServerConfiguration),
            ClientConfiguration = Properties(reading.ClientConfiguration),
            OsBuild = int.TryParse(reading.BuildNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var build) ? build : null,
        };
    }

    public static IReadOnlyDictionary<string, ObservedValue>? Properties(IReadOnlyDictionary<string, object?>? bag) =>
        bag?.Where(p => Property(p.Value) is not null).ToDictionary(p => p.Key, p => Property(p.Value)!, StringComparer.OrdinalIgnoreCase);

    /// <summary>A CIM property value: booleans as 1/0, integers as numbers, everything else as text; null says nothing.</summary>
    public static ObservedValue? Property(object? value) => value switch
    {
        null => null,
        bool b => ObservedValue.Of(b),
        byte or sbyte or short or ushort or int or uint or long => ObservedValue.Of(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        ulong u when u <= long.MaxValue => ObservedValue.Of((long)u),
        string s => ObservedValue.OfText(s),
        byte[] bytes => ObservedValue.OfText(Convert.ToHexStringLower(bytes)),
        System.Collections.IEnumerable items => ObservedValue.OfText(string.Join(", ", items.Cast<object?>().Select(i => Property(i)?.Text ?? ""))),
        IFormattable f => ObservedValue.OfText(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => ObservedValue.OfText(value.ToString() ?? ""),
    };

    /// <summary>A registry value by its type: DWORD/QWORD as numbers, strings as text, binary as hex.</summary>
    public static ObservedValue Registry(int type, object? data) => (type, data) switch
    {
        (RegDword, uint d) => ObservedValue.Of(d),
        (RegDword, int d) => ObservedValue.Of(unchecked((uint)d)),
        (RegQword, ulong q) when q <= long.MaxValue => ObservedValue.Of((long)q),
        (RegSz or RegExpandSz, string s) => ObservedValue.OfText(s),
        (RegMultiSz, string[] items) => ObservedValue.OfText(string.Join(", ", items)),
        (RegBinary, byte[] bytes) => ObservedValue.OfText(Convert.ToHexStringLower(bytes)),
        _ => ObservedValue.OfText($"REG type {type.ToString(CultureInfo.InvariantCulture)}: {Property(data)?.Text ?? "no data"}"),
    };
}
