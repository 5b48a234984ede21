using System.Globalization;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Gpo;

/// <summary>
/// gpreport.xml, the settings report GPMC keeps in a backup and shows under "View Settings" of Manage Backups (shape of
/// the reports in tests/corpus/gpo-backups): UTF-16LE, the GPO's identity, times, security descriptor, and the
/// computer half's settings. Security Options appear as GPMC reports them (key, number, the editor's name and
/// choice); registry.pol values as "Extra Registry Settings" (key, value, not from an ADMX), which is how GPMC shows
/// values it has no ADMX text for — the compiler has none. Import-GPO does not read this file.
/// </summary>
internal static class GpReportXml
{
    private const string Settings = "http://www.microsoft.com/GroupPolicy/Settings";
    private const string Types = "http://www.microsoft.com/GroupPolicy/Types";
    private const string Security = "http://www.microsoft.com/GroupPolicy/Types/Security";

    public static byte[] Write(GpoLayout gpo, string domain, DateTime backupTime)
    {
        var time = backupTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var version = gpo.Assignments.Count > 0 ? "1" : "0";
        var xml = new XmlLines()
            .Line(0, "<?xml version=\"1.0\" encoding=\"utf-16\"?>")
            .Line(0, $"<GPO xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"{Settings}\">")
            .Line(1, "<Identifier>")
            .Line(2, $"<Identifier xmlns=\"{Types}\">{StableGuid.Braced(gpo.GpoId)}</Identifier>")
            .Line(2, $"<Domain xmlns=\"{Types}\">{Escape.XmlText(domain)}</Domain>")
            .Line(1, "</Identifier>")
            .Line(1, $"<Name>{Escape.XmlText(gpo.DisplayName)}</Name>")
            .Line(1, "<IncludeComments>true</IncludeComments>")
            .Line(1, $"<CreatedTime>{time}</CreatedTime>")
            .Line(1, $"<ModifiedTime>{time}</ModifiedTime>")
            .Line(1, $"<ReadTime>{time}.0000000Z</ReadTime>");
        SecurityDescriptor(xml);
        xml.Line(1, "<FilterDataAvailable>true</FilterDataAvailable>")
            .Line(1, "<Computer>")
            .Line(2, $"<VersionDirectory>{version}</VersionDirectory>")
            .Line(2, $"<VersionSysvol>{version}</VersionSysvol>")
            .Line(2, "<Enabled>true</Enabled>");
        var prefix = 0;
        if (gpo.Has(Carrier.SecurityTemplate))
        {
            var q = "q" + ++prefix;
            Extension(xml, q, "Security", "SecuritySettings", "Security", gpo.In(Carrier.SecurityTemplate).Select(a => SecurityOption(q, a)));
        }

        if (gpo.Has(Carrier.RegistryPol))
        {
            var q = "q" + ++prefix;
            Extension(xml, q, "Registry", "RegistrySettings", "Registry", gpo.In(Carrier.RegistryPol).Select(a => RegistrySetting(q, a)));
        }

        return xml.Line(1, "</Computer>")
            .Line(1, "<User>")
            .Line(2, "<VersionDirectory>0</VersionDirectory>")
            .Line(2, "<VersionSysvol>0</VersionSysvol>")
            .Line(2, "<Enabled>false</Enabled>")
            .Line(1, "</User>")
            .Line(0, "</GPO>")
            .ToUtf16Bytes();
    }

    private static void SecurityDescriptor(XmlLines xml)
    {
        xml.Line(1, "<SecurityDescriptor>")
            .Line(2, $"<SDDL xmlns=\"{Security}\">{GpoSecurityDescriptor.Sddl}</SDDL>")
            .Line(2, $"<PermissionsPresent xmlns=\"{Security}\">true</PermissionsPresent>")
            .Line(2, $"<Permissions xmlns=\"{Security}\">")
            .Line(3, "<InheritsFromParent>false</InheritsFromParent>");
        foreach (var (sid, name, access) in GpoSecurityDescriptor.ReportedPermissions)
        {
            xml.Line(3, "<TrusteePermissions>")
                .Line(4, "<Trustee>")
                .Line(5, $"<SID xmlns=\"{Types}\">{sid}</SID>")
                .Line(5, $"<Name xmlns=\"{Types}\">{Escape.XmlText(name)}</Name>")
                .Line(4, "</Trustee>")
                .Line(4, "<Type xsi:type=\"PermissionType\">")
                .Line(5, "<PermissionType>Allow</PermissionType>")
                .Line(4, "</Type>")
                .Line(4, "<Inherited>false</Inherited>")
                .Line(4, "<Applicability>")
                .Line(5, "<ToSelf>true</ToSelf>")
                .Line(5, "<ToDescendantObjects>false</ToDescendantObjects>")
                .Line(5, "<ToDescendantContainers>true</ToDescendantContainers>")
                .Line(5, "<ToDirectDescendantsOnly>false</ToDirectDescendantsOnly>")
                .Line(4, "</Applicability>")
                .Line(4, "<Standard>")
                .Line(5, $"<GPOGroupedAccessEnum>{access}</GPOGroupedAccessEnum>")
                .Line(4, "</Standard>")
                .Line(4, "<AccessMask>0</AccessMask>")
                .Line(3, "</TrusteePermissions>");
        }

        xml.Line(2, "</Permissions>")
            .Line(2, $"<AuditingPresent xmlns=\"{Security}\">false</AuditingPresent>")
            .Line(1, "</SecurityDescriptor>");
    }

    private static void Extension(XmlLines xml, string q, string schema, string type, string name, IEnumerable<IEnumerable<string>> settings)
    {
        xml.Line(2, "<ExtensionData>")
            .Line(3, $"<Extension xmlns:{q}=\"{Settings}/{schema}\" xsi:type=\"{q}:{type}\">");
        foreach (var line in settings.SelectMany(s => s))
        {
            xml.Line(4, line);
        }

        xml.Line(4, $"<{q}:Blocked>false</{q}:Blocked>")
            .Line(3, "</Extension>")
            .Line(3, $"<Name>{name}</Name>")
            .Line(2, "</ExtensionData>");
    }

    private static IEnumerable<string> SecurityOption(string q, RegistryAssignment a)
    {
        yield return $"<{q}:SecurityOptions>";
        yield return $"  <{q}:KeyName>{Escape.XmlText(@"MACHINE\" + a.Location.Key + @"\" + a.Location.ValueName)}</{q}:KeyName>";
        foreach (var line in SecurityValue(q, a.Value))
        {
            yield return "  " + line;
        }

        if (a.Setting is { } setting && a.Value.Type == RegistryValueType.DWord)
        {
            var number = a.Value.AsDword();
            yield return $"  <{q}:Display>";
            yield return $"    <{q}:Name>{Escape.XmlText(setting.GpoName)}</{q}:Name>";
            yield return $"    <{q}:Units />";
            yield return setting.GpoChoices.Count > 0
                ? $"    <{q}:DisplayString>{Escape.XmlText(number < setting.GpoChoices.Count ? setting.GpoChoices[(int)number] : number.ToString(CultureInfo.InvariantCulture))}</{q}:DisplayString>"
                : $"    <{q}:DisplayBoolean>{(number != 0 ? "true" : "false")}</{q}:DisplayBoolean>";
            yield return $"  </{q}:Display>";
        }

        yield return $"</{q}:SecurityOptions>";
    }

    private static IEnumerable<string> SecurityValue(string q, RegistryValue value)
    {
        switch (value.Type)
        {
            case RegistryValueType.DWord:
                yield return $"<{q}:SettingNumber>{value.AsDword().ToString(CultureInfo.InvariantCulture)}</{q}:SettingNumber>";
                break;
            case RegistryValueType.MultiString:
                yield return $"<{q}:SettingStrings>";
                foreach (var item in value.AsMultiString())
                {
                    yield return $"  <{q}:Value>{Escape.XmlText(item)}</{q}:Value>";
                }

                yield return $"</{q}:SettingStrings>";
                break;
            default:
                yield return $"<{q}:SettingString>{Escape.XmlText(Text(value))}</{q}:SettingString>";
                break;
        }
    }

    private static IEnumerable<string> RegistrySetting(string q, RegistryAssignment a)
    {
        yield return $"<{q}:RegistrySetting>";
        yield return $"  <{q}:KeyPath>{Escape.XmlText(a.Location.Key)}</{q}:KeyPath>";
        yield return $"  <{q}:Value>";
        yield return $"    <{q}:Name>{Escape.XmlText(a.ToPolRecord().ValueName)}</{q}:Name>";
        yield return a.Value.Type is RegistryValueType.DWord or RegistryValueType.DWordBigEndian or RegistryValueType.QWord
            ? $"    <{q}:Number>{Number(a.Value)}</{q}:Number>"
            : $"    <{q}:String>{Escape.XmlText(Text(a.Value))}</{q}:String>";
        yield return $"  </{q}:Value>";
        yield return $"  <{q}:AdmSetting>false</{q}:AdmSetting>";
        yield return $"</{q}:RegistrySetting>";
    }

    private static string Number(RegistryValue value) => value.Type == RegistryValueType.QWord
        ? value.AsQWord().ToString(CultureInfo.InvariantCulture)
        : value.AsDword().ToString(CultureInfo.InvariantCulture);

    private static string Text(RegistryValue value) => value.Type switch
    {
        RegistryValueType.String or RegistryValueType.ExpandString => value.AsString(),
        RegistryValueType.MultiString => string.Join("\n", value.AsMultiString()),
        _ => Convert.ToHexStringLower(value.Data.AsSpan()),
    };
}
