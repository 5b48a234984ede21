using System.Xml;
using System.Xml.Linq;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Inf;
using SmbPolicyCompiler.Formats.Pol;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>
/// Reads one GPMC backup through the project's own readers: the computer side's registry.pol and GptTmpl.inf
/// [Registry Values], the display name (bkupInfo.xml, else Backup.xml) and the links gpreport.xml records.
/// Problems become diagnostics naming the file; a backup whose files cannot be read gives null.
/// </summary>
internal static class GpoBackupReader
{
    public static ImportedGpo? Read(string folder, ICollection<Diagnostic> problems)
    {
        var values = new List<ImportedValue>();
        var readable = true;
        if (BackupFiles.Find(folder, BackupFiles.MachinePol) is { } pol)
        {
            readable &= Guard(pol, problems, () =>
            {
                foreach (var record in PolReader.ReadFile(pol))
                {
                    if (PolDirectives.IsDeleteAllValues(record.ValueName))
                    {
                        values.Add(new ImportedValue(record.Key, "", record.Value, pol, AdditionalSettingAction.DeleteValues));
                    }
                    else if (PolDirectives.TryGetDeletedValueName(record.ValueName, out var deleted) && deleted.Length > 0)
                    {
                        values.Add(new ImportedValue(record.Key, deleted, record.Value, pol, AdditionalSettingAction.Delete));
                    }
                    else if (record.IsDirective)
                    {
                        problems.Add(ImportDiagnostics.DirectiveNotCarried(pol, record.Key, record.ValueName));
                    }
                    else
                    {
                        values.Add(new ImportedValue(record.Key, record.ValueName, record.Value, pol));
                    }
                }
            });
        }

        if (BackupFiles.Find(folder, BackupFiles.GptTmpl) is { } inf)
        {
            readable &= Guard(inf, problems, () =>
            {
                foreach (var value in GptTmplReader.ReadFile(inf).RegistryValues())
                {
                    values.Add(new ImportedValue(Core.Catalogue.RegistryLocation.Normalize(value.KeyPath), value.ValueName, value.Value, inf));
                }
            });
        }

        if (!readable)
        {
            return null;
        }

        var name = DisplayName(folder, problems) ?? Path.GetFileName(folder);
        if (values.Count == 0 && HasUserSettings(folder))
        {
            problems.Add(ImportDiagnostics.UserSideOnly(folder, name));
        }

        return new ImportedGpo(name, folder, values, Links(folder, problems), Element(folder, "bkupInfo.xml", "GPODomain", problems));
    }

    private static bool Guard(string path, ICollection<Diagnostic> problems, Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (Exception error) when (error is InvalidFileFormatException or IOException or UnauthorizedAccessException)
        {
            problems.Add(ImportDiagnostics.Unreadable(path, error.Message));
            return false;
        }
    }

    private static bool HasUserSettings(string folder) =>
        BackupFiles.Find(folder, BackupFiles.UserFolder) is { } user && Directory.EnumerateFiles(user, "*", SearchOption.AllDirectories).Any();

    private static string? DisplayName(string folder, ICollection<Diagnostic> problems) =>
        Element(folder, "bkupInfo.xml", "GPODisplayName", problems) ?? Element(folder, "Backup.xml", "DisplayName", problems);

    private static string? Element(string folder, string file, string element, ICollection<Diagnostic> problems) =>
        BackupFiles.Find(folder, file) is { } path && LoadXml(path, problems) is { } xml &&
        xml.Descendants().FirstOrDefault(e => e.Name.LocalName == element)?.Value.Trim() is { Length: > 0 } text
            ? text
            : null;

    /// <summary>gpreport.xml's LinksTo/SOMPath ("corp.example.com/Servers/File Servers") as distinguished names.</summary>
    private static IReadOnlyList<string> Links(string folder, ICollection<Diagnostic> problems)
    {
        if (BackupFiles.Find(folder, "gpreport.xml") is not { } path || LoadXml(path, problems) is not { } xml)
        {
            return [];
        }

        return xml.Descendants().Where(e => e.Name.LocalName == "LinksTo")
            .Select(l => l.Elements().FirstOrDefault(e => e.Name.LocalName == "SOMPath")?.Value.Trim())
            .OfType<string>()
            .Where(p => p.Length > 0)
            .Select(SomPath.ToDistinguishedName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static XDocument? LoadXml(string path, ICollection<Diagnostic> problems)
    {
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader);
        }
        catch (Exception error) when (error is XmlException or IOException or UnauthorizedAccessException)
        {
            problems.Add(ImportDiagnostics.Unreadable(path, error.Message));
            return null;
        }
    }
}
