namespace SmbPolicyCompiler.Cli;

/// <summary>0: clean. 1: findings (errors, drift, not ready, risks). 2: bad usage or input that could not be read.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Failure = 2;
}
