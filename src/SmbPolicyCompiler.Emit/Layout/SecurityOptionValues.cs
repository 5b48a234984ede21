using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Inf;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>
/// Where an additional setting goes in a GPO: the catalogue's Security Options (values of the Lanman Server /
/// Workstation Parameters keys the Security Options editor shows) in GptTmpl.inf; anything else, and anything
/// GptTmpl.inf cannot express, in registry.pol.
/// </summary>
internal static class SecurityOptionValues
{
    public static Carrier CarrierFor(RegistryLocation location, RegistryValue value)
    {
        if (SecurityOptions.Find(location) is null)
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
}
