namespace SmbPolicyCompiler.Core.Diagnostics;

/// <summary>Which part of smbpol reports a code.</summary>
public enum DiagnosticStage
{
    /// <summary>Reading the policy: files, YAML, schema, model, inventory (SMB0xxx). The pipeline stops here.</summary>
    Input,

    /// <summary>The semantic rules of a bound policy (SMB1xxx names and membership, SMB2xxx stages, SMB3xxx exceptions).</summary>
    Rules,

    /// <summary>Values a valid policy holds that <c>compile</c> cannot write (SMB4xxx).</summary>
    Compile,

    /// <summary>Reading GPO backups and writing a policy skeleton: <c>import gpo</c> and <c>init</c> (SMB5xxx).</summary>
    Import,

    /// <summary>What <c>drift</c> reports about live servers in SARIF (SMBDRIFTxxx).</summary>
    Drift,
}
