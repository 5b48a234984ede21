namespace SmbPolicyCompiler.Emit.Tests.Siem;

/// <summary>The hostile case's names as the SIEM files must carry them (Cases/hostile).</summary>
public static class HostileText
{
    public const string PolicyName = "Pol 'q' \"d\" $(Invoke-Evil) `whoami` ; ]]> <b> & é中😀 ’s’";
    public const string Ring = "Ring 'q' \"d\" $(Invoke-Evil) `whoami` ; ]]> <b> & é中😀";
    public const string Group = "grp 'q' $(Invoke-Evil) ]]>";
}
