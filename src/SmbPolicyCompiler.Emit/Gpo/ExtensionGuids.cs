using SmbPolicyCompiler.Emit.Layout;

namespace SmbPolicyCompiler.Emit.Gpo;

/// <summary>
/// Client-side extension GUIDs ([MS-GPREG] 1.9, [MS-GPSB] 1.9). A client processes a GPO's registry.pol or
/// GptTmpl.inf only when the GPO lists the extension, so the list names exactly the files the GPO has.
/// </summary>
internal static class ExtensionGuids
{
    public const string Registry = "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}";
    public const string RegistryMachineTool = "{D02B1F72-3407-48AE-BA88-E8213C6761F1}";
    public const string Security = "{827D319E-6EAC-11D2-A4EA-00C04F79F83A}";
    public const string SecurityTool = "{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}";
    public const string Unknown = "{F15C46CD-82A0-4C2D-A210-5D0D3182A418}";

    /// <summary>The gPCMachineExtensionNames form: [CSE TOOL] groups sorted by CSE GUID; empty when the GPO has no files.</summary>
    public static string MachineList(GpoLayout gpo)
    {
        var groups = new List<string>();
        if (gpo.Has(Carrier.RegistryPol))
        {
            groups.Add($"[{Registry}{RegistryMachineTool}]");
        }

        if (gpo.Has(Carrier.SecurityTemplate))
        {
            groups.Add($"[{Security}{SecurityTool}]");
        }

        return string.Concat(groups.Order(StringComparer.Ordinal));
    }
}
