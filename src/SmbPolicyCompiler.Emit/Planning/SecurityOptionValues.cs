using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Inf;

namespace SmbPolicyCompiler.Emit.Planning;

/// <summary>
/// Where an additional setting goes in a GPO: values under Software\Policies in registry.pol; the values the Security
/// Options editor shows for the Lanman Server / Workstation Parameters keys in GptTmpl.inf (shared/domain/
/// smb-hardening.md §1.3); anything else, and anything GptTmpl.inf cannot express, in registry.pol.
/// </summary>
internal static class SecurityOptionValues
{
    private static readonly string[] ServerValues =
        ["AutoDisconnect", "EnableForcedLogOff", "EnableSecuritySignature", "NullSessionPipes", "NullSessionShares", "RequireSecuritySignature", "RestrictNullSessAccess"];

    private static readonly string[] ClientValues = ["EnablePlainTextPassword", "EnableSecuritySignature", "RequireSecuritySignature"];

    private const string PoliciesKey = @"SOFTWARE\Policies\";

    public static Carrier CarrierFor(RegistryLocation location, RegistryValue value)
    {
        if (location.Key.StartsWith(PoliciesKey, StringComparison.OrdinalIgnoreCase) || !IsSecurityOption(location))
        {
            return Carrier.RegistryPol;
        }

        try
        {
            GptTmplRegistryValue.Machine(location.Key, location.ValueName, value).ToEntry();
            return Carrier.SecurityTemplate;
        }
        catch (UnrepresentableValueException)
        {
            return Carrier.RegistryPol;
        }
    }

    private static bool IsSecurityOption(RegistryLocation location) =>
        Matches(location, Settings.ServerRequireSecuritySignature.ServicesLocation.Key, ServerValues) ||
        Matches(location, Settings.ClientRequireSecuritySignature.ServicesLocation.Key, ClientValues);

    private static bool Matches(RegistryLocation location, string key, string[] values) =>
        string.Equals(location.Key, key, StringComparison.OrdinalIgnoreCase) &&
        values.Contains(location.ValueName, StringComparer.OrdinalIgnoreCase);
}
