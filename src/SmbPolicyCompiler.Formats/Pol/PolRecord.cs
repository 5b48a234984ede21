namespace SmbPolicyCompiler.Formats.Pol;

/// <summary>
/// One registry.pol record: <c>[key;valueName;type;size;data]</c>. The key has no hive (the file's folder,
/// Machine or User, implies it). An empty value name is the key's default value; with REG_NONE and no
/// data it is a "key only" record. Value names starting with <c>**</c> are directives (see <see cref="PolDirectives"/>).
/// </summary>
public sealed record PolRecord(string Key, string ValueName, RegistryValue Value)
{
    public bool IsDirective => PolDirectives.IsDirective(ValueName);

    public override string ToString() => $"[{Key}] {(ValueName.Length == 0 ? "(default)" : ValueName)} = {Value}";
}
