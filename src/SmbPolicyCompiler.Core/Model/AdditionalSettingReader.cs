using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Syntax;

namespace SmbPolicyCompiler.Core.Model;

/// <summary>
/// Reads one entry of a ring's additionalSettings. The schema checks each field; this checks that the fields fit the
/// entry's action: set needs value, type and data; delete needs value and takes no data; deleteValues takes neither.
/// </summary>
internal static class AdditionalSettingReader
{
    private static readonly string[] DataFields = ["type", "data", "rollbackData"];

    public static AdditionalSetting? Read(YMapping node, DiagnosticBag diagnostics)
    {
        if (node.Text("key") is not { } key)
        {
            return null;
        }

        var action = node.Text("action") switch
        {
            "delete" => AdditionalSettingAction.Delete,
            "deleteValues" => AdditionalSettingAction.DeleteValues,
            _ => AdditionalSettingAction.Set,
        };
        return action == AdditionalSettingAction.Set ? ReadSet(node, key, diagnostics) : ReadDelete(node, key, action, diagnostics);
    }

    private static AdditionalSetting? ReadSet(YMapping node, string key, DiagnosticBag diagnostics)
    {
        var missing = new[] { "value", "type", "data" }.Where(f => node[f] is null).ToList();
        foreach (var field in missing)
        {
            diagnostics.Add(PolicyDiagnostics.MissingField(node.Location, field, "an additional setting that sets a value (no 'action', or 'action: set')"));
        }

        if (missing.Count > 0 || node.Text("value") is not { } value)
        {
            return null;
        }

        var kind = node.Text("type") switch
        {
            "dword" => SettingValueKind.DWord,
            "multiString" => SettingValueKind.MultiString,
            "expandString" => SettingValueKind.ExpandString,
            "qword" => SettingValueKind.QWord,
            "binary" => SettingValueKind.Binary,
            "none" => SettingValueKind.None,
            _ => SettingValueKind.String,
        };
        if (Data(kind, node, "data") is not { } data)
        {
            diagnostics.Add(PolicyDiagnostics.WrongType(node.Location, "'data'", kind switch
            {
                SettingValueKind.DWord or SettingValueKind.QWord => "a whole number for a dword or qword",
                SettingValueKind.MultiString => "a list of strings for a multiString",
                SettingValueKind.Binary or SettingValueKind.None => "hexadecimal bytes for a binary or none (\"01 ff 2a\", or \"\" for no bytes)",
                _ => "text for a string",
            }, "something else"));
            return null;
        }

        return new AdditionalSetting(new RegistryLocation(RegistryLocation.Normalize(key), value), kind, data, Data(kind, node, "rollbackData"),
            SideOf(node), node.Text("description"), node.Location);
    }

    private static AdditionalSetting? ReadDelete(YMapping node, string key, AdditionalSettingAction action, DiagnosticBag diagnostics)
    {
        var name = action == AdditionalSettingAction.Delete ? "delete" : "deleteValues";
        var unexpected = DataFields.Concat(action == AdditionalSettingAction.DeleteValues ? ["value"] : []).Where(f => node.Find(f) is not null).ToList();
        foreach (var field in unexpected)
        {
            diagnostics.Add(PolicyDiagnostics.Schema(node.Find(field)!.Key.Location,
                $"'{field}' does not fit 'action: {name}' ({(action == AdditionalSettingAction.Delete ? "it deletes the named value" : "it deletes every value of the key")}); remove '{field}'"));
        }

        var value = action == AdditionalSettingAction.Delete ? node.Text("value") : "";
        if (string.IsNullOrEmpty(value) && action == AdditionalSettingAction.Delete)
        {
            diagnostics.Add(PolicyDiagnostics.MissingField(node.Location, "value", "an additional setting with 'action: delete' (the name of the value to delete)"));
        }

        return unexpected.Count > 0 || value is null || (value.Length == 0 && action == AdditionalSettingAction.Delete)
            ? null
            : new AdditionalSetting(new RegistryLocation(RegistryLocation.Normalize(key), value), SettingValueKind.String, "", null, SideOf(node), node.Text("description"), node.Location)
            {
                Action = action,
            };
    }

    private static Side SideOf(YMapping node) => node.Text("side") == "client" ? Side.Client : Side.Server;

    private static object? Data(SettingValueKind kind, YMapping node, string key) => (kind, node[key]) switch
    {
        (SettingValueKind.DWord or SettingValueKind.QWord, _) => node.Integer(key),
        (SettingValueKind.MultiString, YSequence list) => list.Items.OfType<YScalar>().Select(s => s.Value).ToArray(),
        (SettingValueKind.String or SettingValueKind.ExpandString, YScalar s) => s.Value,
        (SettingValueKind.Binary or SettingValueKind.None, YScalar s) => HexBytes.TryParse(s.Value),
        _ => null,
    };
}
