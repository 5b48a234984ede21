using System.Globalization;

namespace SmbPolicyCompiler.Formats.Inf;

/// <summary>
/// A Security Option in GptTmpl.inf [Registry Values] ([MS-GPSB] 2.2.5):
/// <c>MACHINE\System\CurrentControlSet\Services\LanManServer\Parameters\RequireSecuritySignature=4,1</c>.
/// <see cref="Path"/> is the full name including the <c>MACHINE\</c> hive and the value name.
/// Writable types: REG_SZ and REG_EXPAND_SZ (<c>1,"text"</c>), REG_DWORD (<c>4,decimal</c>),
/// REG_MULTI_SZ (<c>7,a,b</c>). Values the format cannot express are rejected when converted to an entry.
/// </summary>
public sealed record GptTmplRegistryValue(string Path, RegistryValue Value)
{
    public const string MachinePrefix = @"MACHINE\";

    private const string Target = "GptTmpl.inf [Registry Values]";

    /// <summary>A value under HKLM: <paramref name="key"/> has no hive, e.g. <c>System\CurrentControlSet\Services\LanManServer\Parameters</c>.</summary>
    public static GptTmplRegistryValue Machine(string key, string valueName, RegistryValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(valueName);
        return new GptTmplRegistryValue(MachinePrefix + key.Trim('\\') + "\\" + valueName, value);
    }

    /// <summary>The key part of <see cref="Path"/> (everything before the last backslash), hive included.</summary>
    public string KeyPath => Path[..Math.Max(0, Path.LastIndexOf('\\'))];

    /// <summary>The value name (after the last backslash).</summary>
    public string ValueName => Path[(Path.LastIndexOf('\\') + 1)..];

    /// <summary>The INF line for this value; throws <see cref="UnrepresentableValueException"/> when the format cannot carry it.</summary>
    public InfEntry ToEntry()
    {
        CheckPath();
        var type = (uint)Value.Type;
        var data = Value.Type switch
        {
            RegistryValueType.String or RegistryValueType.ExpandString => Escape.InfQuotedString(DecodeOrThrow(() => Value.AsString())),
            RegistryValueType.DWord => DecodeOrThrow(() => Value.AsDword()).ToString(CultureInfo.InvariantCulture),
            RegistryValueType.MultiString => string.Join(',', DecodeOrThrow(() => Value.AsMultiString()).Select(Escape.InfListItem)),
            _ => throw new UnrepresentableValueException(
                Target,
                $"'{Path}' is {Value.Type.ToRegName()}; GptTmpl.inf is written here only with REG_SZ, REG_EXPAND_SZ, REG_DWORD and REG_MULTI_SZ. Deliver it through registry.pol."),
        };
        return new InfEntry(Path, string.Create(CultureInfo.InvariantCulture, $"{type},{data}"));
    }

    private void CheckPath()
    {
        if (!Path.StartsWith(MachinePrefix, StringComparison.OrdinalIgnoreCase) || Path.Length <= MachinePrefix.Length || Path.EndsWith('\\'))
        {
            throw new UnrepresentableValueException(Target, $"'{Path}' must be MACHINE\\<key>\\<value name>.");
        }

        var bad = Path.IndexOfAny(['=', ';', '"', '%', ',']);
        if (bad >= 0 || Text.TextChecks.IndexOfControlOrLineBreak(Path) >= 0 || Path.Trim() != Path)
        {
            throw new UnrepresentableValueException(
                Target,
                $"'{Path}' contains a character a GptTmpl.inf name cannot carry (= ; \" % , control characters, or surrounding spaces).");
        }
    }

    private T DecodeOrThrow<T>(Func<T> decode)
    {
        try
        {
            return decode();
        }
        catch (InvalidOperationException error)
        {
            throw new UnrepresentableValueException(Target, $"'{Path}': {error.Message}");
        }
    }
}
