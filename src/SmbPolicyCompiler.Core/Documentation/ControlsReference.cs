using System.Text;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Core.Documentation;

/// <summary>Renders docs/controls.md from the controls catalogue; a test keeps the committed file current.</summary>
internal static class ControlsReference
{
    public static string Render()
    {
        var md = new StringBuilder();
        md.Append("""
            # Controls reference

            Generated from the controls catalogue (`src/SmbPolicyCompiler.Core/Catalogue`); do not edit by hand.
            Regenerate with `SMBPOL_UPDATE_GOLDEN=1 dotnet test tests/SmbPolicyCompiler.Core.Tests --filter Docs`.

            Each control moves through its stages in order. A ring lists, per control, the stages it has entered and
            when (`serverSigning: { audit: 2026-06-01, enforce: 2026-07-15 }`); the first stage means "not managed":
            nothing is written. Later stages keep the audit values on, so events keep flowing after enforcement.

            | control | sides | stages | audit evidence |
            |---|---|---|---|

            """);
        foreach (var control in ControlCatalogue.All)
        {
            var evidence = control.Evidence.Count == 0 ? "—" : string.Join(", ", control.Evidence.Select(e => e.EventId + (e.LowConfidence ? " (low confidence)" : "")));
            md.Append($"| [`{control.Key}`](#{control.Key.ToLowerInvariant()}) | {Sides(control)} | {string.Join(" → ", control.Stages.Select(s => $"`{s.Name}`"))} | {evidence} |\n");
        }

        foreach (var control in ControlCatalogue.All)
        {
            WriteControl(md, control);
        }

        md.Append("\n## Settings\n\n");
        foreach (var setting in ControlCatalogue.AllSettings.OrderBy(s => s.Side).ThenBy(s => s.ValueName, StringComparer.Ordinal))
        {
            WriteSetting(md, setting);
        }

        WriteSecurityOptions(md);
        return md.ToString();
    }

    private static void WriteSecurityOptions(StringBuilder md)
    {
        md.Append("""
            ## Security Options

            The Security Options of the Lanman Parameters keys. Group Policy carries them in `GptTmpl.inf`; so does
            `compile` for a ring's `additionalSettings` that write one of them (anything else goes to `registry.pol`).

            | key | value | Group Policy name | managed by |
            |---|---|---|---|

            """);
        foreach (var option in SecurityOptions.All)
        {
            var setting = ControlCatalogue.AllSettings.FirstOrDefault(s => s.ServicesLocation == option.Location);
            var managedBy = setting is null ? "additional settings" + (option.Smb1Only ? " (SMB1 only: SMB2007)" : "") : $"[{setting.Id}](#{Anchor(setting)})";
            md.Append($"| `HKLM\\{option.Key.Path}` | `{option.ValueName}` | {option.GpoName} | {managedBy} |\n");
        }
    }

    private static void WriteControl(StringBuilder md, ControlDefinition control)
    {
        md.Append($"\n## {control.Key}\n\n{control.Title}. {control.Description} Applies to: {Sides(control)}.\n\n");
        md.Append("| stage | kind | means | settings | Samba equivalent |\n|---|---|---|---|---|\n");
        foreach (var stage in control.Stages)
        {
            var settings = stage.Settings.Count == 0
                ? "—"
                : string.Join("<br>", stage.Settings.Select(a => $"[{a.Setting.Id}](#{Anchor(a.Setting)}) = {a.Value}"));
            md.Append($"| `{stage.Name}` | {stage.Kind.ToString().ToLowerInvariant()} | {stage.Meaning} | {settings} | {stage.SambaEquivalent ?? "—"} |\n");
        }

        foreach (var evidence in control.Evidence)
        {
            md.Append($"\nEvent {evidence.EventId} ({evidence.Channel}): {evidence.Meaning}.");
        }

        if (control.Evidence.Count > 0)
        {
            md.Append('\n');
        }
    }

    private static void WriteSetting(StringBuilder md, SettingDefinition s)
    {
        md.Append($"### {s.Id}\n\n");
        md.Append("| | |\n|---|---|\n");
        md.Append($"| registry (Group Policy writes) | `{s.GpoLocation}` ({s.Kind}) |\n");
        md.Append($"| Windows reads | {string.Join(", then ", s.ReadOrder.Select(l => $"`{l}`"))} |\n");
        md.Append($"| Group Policy | {Mechanism(s.Mechanism)}: {s.GpoName} |\n");
        md.Append($"| PowerShell | {(s.PowerShell is { } p ? $"`{p.Cmdlet} -{p.Name}`" : "— (scripts write the registry)")} |\n");
        md.Append($"| CIM property | {(s.CimProperty is { } c ? $"`{(s.Side == Side.Server ? "MSFT_SmbServerConfiguration" : "MSFT_SmbClientConfiguration")}.{c}`" : "—")} |\n");
        md.Append($"| DSC | {(s.DscProperty is { } d ? $"ComputerManagementDsc `SmbServerConfiguration.{d}`" : "PSDscResources `Registry`")} |\n");
        md.Append($"| Intune CSP | {IntuneCsp(s)} |\n");
        md.Append($"| minimum Windows | {s.MinimumOs.Describe()} |\n");
        md.Append($"| reboot | {(s.RebootRequired ? "required" : "no")} |\n");
        md.Append($"| relaxed value (exceptions, rollback) | {s.RelaxedValue} |\n");
        md.Append($"| when absent | {s.Absent.Note} |\n\n");
    }

    /// <summary>The CSP path with Microsoft's reference section it comes from; "—" when Intune has no node for it.</summary>
    private static string IntuneCsp(SettingDefinition s) => s.IntuneCsp switch
    {
        null => "— (no Policy CSP node: Intune cannot carry it)",
        { } csp when s.IntuneCspReference is { } source => $"`{csp}` ([Policy CSP reference]({source}))",
        { } csp => $"`{csp}`",
    };

    private static string Sides(ControlDefinition control) => string.Join(", ", control.Sides.Select(s => s.ToString().ToLowerInvariant()));

    private static string Anchor(SettingDefinition s) => s.Id.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal);

    private static string Mechanism(GpoMechanism mechanism) => mechanism switch
    {
        GpoMechanism.AdministrativeTemplate => "Administrative Template (registry.pol, Software\\Policies)",
        GpoMechanism.SecurityOption => "Security Option (GptTmpl.inf [Registry Values])",
        _ => "Services-path value in registry.pol (tattoos)",
    };
}
