using System.Globalization;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Gpo;

/// <summary>
/// bkupInfo.xml and the folder's manifest.xml: the BackupInst index GPMC keeps of its backups (gpo-formats.md §2.1).
/// The domain's GUID and the domain controller are unknown at compile time and left empty; Import-GPO does not read them.
/// </summary>
internal static class BackupInstXml
{
    private const string Namespace = "http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest";

    public static byte[] BkupInfo(GpoLayout gpo, string domain, DateTime backupTime) =>
        new XmlLines().Line(0, Entry(gpo, domain, backupTime)).ToBytes();

    public static byte[] Manifest(IEnumerable<GpoLayout> gpos, string domain, DateTime backupTime)
    {
        var xml = new XmlLines().Line(0, $"<Backups xmlns=\"{Namespace}\" xmlns:mfst=\"{Namespace}\" mfst:version=\"1.0\">");
        foreach (var gpo in gpos.OrderBy(g => g.DisplayName, StringComparer.Ordinal))
        {
            xml.Line(1, Entry(gpo, domain, backupTime));
        }

        return xml.Line(0, "</Backups>").ToBytes();
    }

    private static string Entry(GpoLayout gpo, string domain, DateTime backupTime) =>
        $"<BackupInst xmlns=\"{Namespace}\">" +
        $"<GPOGuid>{Escape.XmlCData(StableGuid.Braced(gpo.GpoId))}</GPOGuid>" +
        $"<GPODomain>{Escape.XmlCData(domain)}</GPODomain>" +
        $"<GPODomainGuid>{Escape.XmlCData("")}</GPODomainGuid>" +
        $"<GPODomainController>{Escape.XmlCData("")}</GPODomainController>" +
        $"<BackupTime>{Escape.XmlCData(backupTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture))}</BackupTime>" +
        $"<ID>{Escape.XmlCData(StableGuid.Braced(gpo.BackupId))}</ID>" +
        $"<Comment>{Escape.XmlCData(gpo.Comment)}</Comment>" +
        $"<GPODisplayName>{Escape.XmlCData(gpo.DisplayName)}</GPODisplayName>" +
        "</BackupInst>";
}
