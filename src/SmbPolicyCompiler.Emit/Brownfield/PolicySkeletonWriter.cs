using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>
/// The policy.yaml that <c>import gpo</c> writes: one ring per GPO with the stages its values imply, a group per
/// ring from the GPO's links, every other value as an additional setting, and a comment per item naming the GPO
/// and the file it came from. Every value from a backup goes through the YAML escaper.
/// </summary>
internal static class PolicySkeletonWriter
{
    public const string Marker = "# Written by smbpol import gpo.";

    public static string Write(IReadOnlyList<ImportedRing> rings, string name, string domain, DateOnly auditSince, DateOnly asOf)
    {
        var yaml = new StringBuilder();
        void Comment(string indent, string text) => yaml.Append(indent).Append("# ").Append(Escape.YamlComment(text)).Append('\n');

        yaml.Append(Marker).Append(" Review it, then: smbpol validate <this folder>; smbpol compile <this folder>\n");
        Comment("", "Imported from: " + string.Join(", ", rings.Select(r => $"'{r.Gpo.Name}' ({r.Gpo.Folder})")));
        Comment("", $"The stage dates are reconstructed, not history: audit stages are dated {Date(auditSince)} (--audit-since) so the gates");
        Comment("", $"hold, and stages beyond audit {Date(asOf)}, the day of the import. Put in the real dates if you know them.");
        yaml.Append("\npolicy:\n")
            .Append("  name: ").Append(Escape.YamlDoubleQuoted(name)).Append('\n')
            .Append("  domain: ").Append(Escape.YamlDoubleQuoted(domain)).Append('\n');
        var delay = rings.Select(r => r.RateLimiterDelay).OfType<long>().Distinct().ToList();
        if (delay.Count > 0)
        {
            yaml.Append("  settings:\n    authRateLimiterDelayMs: ").Append(delay.Max().ToString(CultureInfo.InvariantCulture))
                .Append(delay.Count > 1 ? "   # the GPOs disagree; the largest delay is kept\n" : "\n");
        }

        yaml.Append("\ngroups:\n");
        foreach (var ring in rings)
        {
            Comment("  ", ring.Gpo.Links.Count > 0
                ? $"Where GPO '{ring.Gpo.Name}' was linked (gpreport.xml): a suggestion; split or narrow it as you roll out."
                : $"GPO '{ring.Gpo.Name}' had no links in its backup (no gpreport.xml, or not linked): add members.");
            yaml.Append("  - name: ").Append(Escape.YamlDoubleQuoted(ring.Name)).Append('\n')
                .Append("    role: ").Append(Role(ring.Sides)).Append('\n')
                .Append("    members:\n");
            if (ring.Gpo.Links.Count > 0)
            {
                yaml.Append("      ous: [").Append(string.Join(", ", ring.Gpo.Links.Select(Escape.YamlDoubleQuoted))).Append("]\n");
            }
            else
            {
                yaml.Append("      hosts: []\n");
            }
        }

        yaml.Append("\nrings:\n");
        foreach (var ring in rings)
        {
            Comment("  ", $"GPO '{ring.Gpo.Name}' ({ring.Gpo.Folder})");
            yaml.Append("  - name: ").Append(Escape.YamlDoubleQuoted(ring.Name)).Append('\n')
                .Append("    groups: [").Append(Escape.YamlDoubleQuoted(ring.Name)).Append("]\n");
            if (ring.Controls.Count > 0)
            {
                yaml.Append("    controls:\n");
                foreach (var control in ring.Controls)
                {
                    yaml.Append("      ").Append(control.Control.Key).Append(": ").Append(Stages(control, auditSince, asOf))
                        .Append("   # ").Append(Escape.YamlComment((control.Exact ? "from " : "nearest stage (see the import warning), from ") + Path.GetFileName(control.SourceFile)))
                        .Append('\n');
                }
            }

            if (ring.Additional.Count > 0)
            {
                yaml.Append("    additionalSettings:\n");
                foreach (var value in ring.Additional)
                {
                    Comment("      ", $"from {Path.GetFileName(value.SourceFile)} of GPO '{ring.Gpo.Name}'");
                    Additional(yaml, value);
                }
            }
        }

        return yaml.ToString();
    }

    /// <summary>The ring and group name for a GPO: its display name in lower case, runs of other characters as '-'.</summary>
    public static string Slug(ImportedGpo gpo) => Slugs.Of(gpo.Name, "gpo", 60);

    private static void Additional(StringBuilder yaml, ImportedValue value)
    {
        yaml.Append("      - key: ").Append(Escape.YamlDoubleQuoted(@"HKLM\" + value.Key)).Append('\n');
        if (value.Action == AdditionalSettingAction.Set)
        {
            SetValue(yaml, value);
        }
        else if (value.Action == AdditionalSettingAction.Delete)
        {
            yaml.Append("        value: ").Append(Escape.YamlDoubleQuoted(value.ValueName)).Append('\n')
                .Append("        action: delete\n");
        }
        else
        {
            yaml.Append("        action: deleteValues\n");
        }

        if (StageMatcher.SideOf(value.Key) == Side.Client)
        {
            yaml.Append("        side: client\n");
        }
    }

    private static void SetValue(StringBuilder yaml, ImportedValue value)
    {
        var (type, data) = value.Value.Type switch
        {
            RegistryValueType.DWord => ("dword", value.Value.AsDword().ToString(CultureInfo.InvariantCulture)),
            RegistryValueType.QWord => ("qword", value.Value.AsQWord().ToString(CultureInfo.InvariantCulture)),
            RegistryValueType.ExpandString => ("expandString", Escape.YamlDoubleQuoted(value.Value.AsString())),
            RegistryValueType.MultiString => ("multiString", "[" + string.Join(", ", value.Value.AsMultiString().Select(Escape.YamlDoubleQuoted)) + "]"),
            RegistryValueType.Binary => ("binary", Escape.YamlDoubleQuoted(HexBytes.Format(value.Value.Data))),
            RegistryValueType.None => ("none", Escape.YamlDoubleQuoted(HexBytes.Format(value.Value.Data))),
            _ => ("string", Escape.YamlDoubleQuoted(value.Value.AsString())),
        };
        yaml.Append("        value: ").Append(Escape.YamlDoubleQuoted(value.ValueName)).Append('\n')
            .Append("        type: ").Append(type).Append('\n')
            .Append("        data: ").Append(data).Append('\n');
    }

    private static string Stages(ImportedControl control, DateOnly auditSince, DateOnly asOf)
    {
        var audit = control.Control.Stages.FirstOrDefault(s => s.Kind == StageKind.Audit);
        return control.Stage.Kind == StageKind.Audit || audit is null
            ? $"{{ {control.Stage.Name}: {Date(auditSince)} }}"
            : $"{{ {audit.Name}: {Date(auditSince)}, {control.Stage.Name}: {Date(asOf)} }}";
    }

    private static string Role(IReadOnlyList<Side> sides) => sides.Count switch
    {
        0 => "server",
        1 => sides[0] == Side.Client ? "client" : "server",
        _ => "both",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
