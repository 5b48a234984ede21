namespace SmbPolicyCompiler.Formats.RegFiles;

/// <summary>
/// A value line of a .reg file: <c>"Name"=data</c>, <c>@=data</c> for the default value (empty name), or
/// <c>"Name"=-</c> to delete the value (<see cref="Value"/> is null).
/// </summary>
public sealed record RegFileValue(string Name, RegistryValue? Value)
{
    public bool IsDeletion => Value is null;

    public static RegFileValue Set(string name, RegistryValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new RegFileValue(name, value);
    }

    public static RegFileValue Delete(string name) => new(name, null);

    public override string ToString() => $"{(Name.Length == 0 ? "@" : Name)} = {(Value is null ? "(delete)" : Value.ToString())}";
}
