namespace SmbPolicyCompiler.Drift.Model;

public enum DriftStatus
{
    Compliant,
    Drifted,
    Unknown,
}
