namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>The data a stage gives a setting: a constant, or a named parameter of the policy (e.g. the rate limiter delay).</summary>
public sealed record SettingValue(long? Constant, string? Parameter)
{
    public static SettingValue Of(long value) => new(value, null);

    public static SettingValue FromParameter(string name) => new(null, name);

    public override string ToString() => Constant?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "{" + Parameter + "}";
}

/// <summary>A setting and the value one stage gives it.</summary>
public sealed record SettingAssignment(SettingDefinition Setting, SettingValue Value);
