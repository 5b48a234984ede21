namespace SmbPolicyCompiler.Formats.Inf;

/// <summary>
/// One line of an INF section: <c>Key = Value</c>, or a line without a key (e.g. <c>"AppIDSvc",2,""</c> in
/// [Service General Setting]) whose whole text is <see cref="Value"/>. Key and value are trimmed.
/// </summary>
public sealed record InfEntry(string? Key, string Value)
{
    public override string ToString() => Key is null ? Value : $"{Key}={Value}";
}
