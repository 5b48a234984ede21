using SmbPolicyCompiler.Scripts.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>Every generated .ps1 — all of generated/ and a compile of the hostile case — parses with PowerShell's parser.</summary>
[Trait("Category", "Interop")]
public class ParseTests
{
    /// <summary>ComputerManagementDsc's SmbServerConfiguration and PSDscResources' Registry (their MOF schemas in github.com/dsccommunity/ComputerManagementDsc and github.com/PowerShell/PSDscResources).</summary>
    private static readonly Dictionary<string, string[]> DscResources = new()
    {
        ["SmbServerConfiguration"] =
        [
            "IsSingleInstance", "AnnounceComment", "AnnounceServer", "AsynchronousCredits", "AuditSmb1Access", "AutoDisconnectTimeout",
            "AutoShareServer", "AutoShareWorkstation", "CachedOpenLimit", "DurableHandleV2TimeoutInSeconds", "EnableAuthenticateUserSharing",
            "EnableDownlevelTimewarp", "EnableForcedLogoff", "EnableLeasing", "EnableMultiChannel", "EnableOplocks", "EnableSMB1Protocol",
            "EnableSMB2Protocol", "EnableSecuritySignature", "EnableStrictNameChecking", "EncryptData", "IrpStackSize", "KeepAliveTime",
            "MaxChannelPerSession", "MaxMpxCount", "MaxSessionPerConnection", "MaxThreadsPerQueue", "MaxWorkItems", "NullSessionPipes",
            "NullSessionShares", "OplockBreakWait", "PendingClientTimeoutInSeconds", "RejectUnencryptedAccess", "RequireSecuritySignature",
            "ServerHidden", "Smb2CreditsMax", "Smb2CreditsMin", "SmbServerNameHardeningLevel", "TreatHostAsStableStorage",
            "ValidateAliasNotCircular", "ValidateShareScope", "ValidateShareScopeNotAliased", "ValidateTargetName", "DependsOn",
        ],
        ["Registry"] = ["Key", "ValueName", "ValueData", "ValueType", "Ensure", "Hex", "Force", "DependsOn", "PsDscRunAsCredential"],
    };

    [Fact]
    public void EveryGeneratedScript_ParsesWithPowerShellsParser()
    {
        using var hostile = new CompiledCase("hostile");
        var expected = Directory.EnumerateFiles(RepoPaths.Generated, "*.ps1", SearchOption.AllDirectories).Count()
                       + Directory.EnumerateFiles(hostile.Output, "*.ps1", SearchOption.AllDirectories).Count();

        var result = PesterSuite.Run("Parse", new Dictionary<string, object?>
        {
            ["Folders"] = new[] { RepoPaths.Generated, hostile.Output },
            ["DscResources"] = DscResources,
        });

        result.ShouldAllPass(expected);
    }
}
