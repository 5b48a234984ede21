namespace SmbPolicyCompiler.Emit;

/// <summary>How to compile.</summary>
/// <param name="Timestamp">
/// The backup time written into the GPO backups. Null: the latest date written anywhere in the policy (stage
/// dates, exception created dates), so that the same policy always gives the same bytes.
/// </param>
public sealed record EmitOptions(DateTime? Timestamp = null);
