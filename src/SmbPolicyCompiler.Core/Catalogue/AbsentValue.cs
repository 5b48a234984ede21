namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// What Windows does when a value is not in the registry. Never assume 0: RejectUnencryptedAccess absent means
/// reject, and RequireSecuritySignature absent can mean "required" on Windows 11 24H2 / Server 2025.
/// </summary>
/// <param name="Value">The effective value when absent, or null when it cannot be known from the registry alone.</param>
/// <param name="UncertainFromBuild">From this build on, the absent value depends on edition or licensing and must be read from the OS.</param>
/// <param name="Note">Says what absence means, for reports.</param>
public sealed record AbsentValue(long? Value, int? UncertainFromBuild, string Note)
{
    public static AbsentValue Default(long value, string note) => new(value, null, note);

    public static AbsentValue Unknown(string note) => new(null, null, note);

    /// <summary>The value absence stands for on the given build, or null when the registry alone cannot tell.</summary>
    public long? On(int? build) =>
        UncertainFromBuild is { } from && (build is null || build >= from) ? null : Value;
}
