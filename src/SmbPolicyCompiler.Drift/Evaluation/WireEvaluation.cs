using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>
/// What an SMB negotiate can say about a setting: the SecurityMode signing-required bit is the server's
/// RequireSecuritySignature (from the SMB2 reply, or from the SMB1 reply of a server that speaks only SMB1), and an
/// SMB1 NEGOTIATE answered with a dialect means SMB1 is on. Nothing else is visible.
/// </summary>
internal static class WireEvaluation
{
    public const string WhatItSees = "the wire shows only whether the server requires signing and whether it accepts SMB1";

    /// <summary>Whether a negotiate shows this setting at all.</summary>
    public static bool CanSee(SettingDefinition setting) => setting == Settings.Smb1 || setting == Settings.ServerRequireSecuritySignature;

    public static SettingEvaluation? Evaluate(DesiredSetting desired, WireObservation wire)
    {
        if (desired.Setting == Settings.Smb1)
        {
            return wire.Smb1Accepted is { } accepted
                ? SettingEvaluator.Compare(desired, accepted ? 1 : 0, accepted ? "SMB1 accepted" : "SMB1 refused",
                    $"SMB1 NEGOTIATE to {wire.Endpoint}: {wire.Smb1Evidence ?? (accepted ? "a dialect was chosen" : "refused")}")
                : Unknown($"{wire.Endpoint}: could not tell whether SMB1 is accepted: {wire.Smb1Evidence ?? wire.Failure ?? "no answer"}");
        }

        if (desired.Setting == Settings.ServerRequireSecuritySignature)
        {
            var reply = wire.SigningFromSmb1
                ? $"SMB1 NEGOTIATE to {wire.Endpoint} (the server does not speak SMB2)"
                : $"SMB2 NEGOTIATE to {wire.Endpoint} (dialect {wire.Dialect ?? "?"})";
            return wire.SigningRequired is { } required
                ? SettingEvaluator.Compare(desired, required ? 1 : 0, required ? "signing required" : "signing not required",
                    $"{reply}: SecurityMode signing-required bit is {(required ? "set" : "clear")}")
                : Unknown($"{wire.Endpoint}: {wire.Failure ?? "no SMB2 answer"}");
        }

        return null;
    }

    private static SettingEvaluation Unknown(string detail) => new(DriftStatus.Unknown, "unknown", detail);
}
