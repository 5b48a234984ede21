namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>nmap smb2-security-mode's finding for one address: its message line and what it means.</summary>
public sealed record NmapSmb2Verdict(string Address, string? Message)
{
    public const string EnabledAndRequired = "Message signing enabled and required";
    public const string EnabledNotRequired = "Message signing enabled but not required";
    public const string DisabledNotRequired = "Message signing is disabled and not required!";
    public const string Disabled = "Message signing is disabled!";

    /// <summary>Null when nmap printed no verdict (script did not run or could not negotiate).</summary>
    public bool? SigningRequired => Message switch
    {
        EnabledAndRequired or Disabled => true,
        EnabledNotRequired or DisabledNotRequired => false,
        _ => null,
    };

    public bool? SigningEnabled => Message switch
    {
        EnabledAndRequired or EnabledNotRequired => true,
        DisabledNotRequired or Disabled => false,
        _ => null,
    };
}
