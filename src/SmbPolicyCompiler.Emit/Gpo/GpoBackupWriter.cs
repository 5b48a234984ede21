using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.Inf;
using SmbPolicyCompiler.Formats.Pol;

namespace SmbPolicyCompiler.Emit.Gpo;

/// <summary>
/// The ring's gpo/ folder: a GPMC backup folder (the -Path of Import-GPO) with manifest.xml and one {BackupId}
/// folder per GPO holding Backup.xml, bkupInfo.xml, gpreport.xml (the settings report GPMC shows for a backup; Import-GPO
/// does not read it), registry.pol and GptTmpl.inf (each only when it has values).
/// </summary>
internal static class GpoBackupWriter
{
    public static IEnumerable<GeneratedFile> Write(EmitContext context, RingLayout ring)
    {
        var root = ring.Folder + "/gpo/";
        var domain = context.Settings.Domain;
        yield return new GeneratedFile(root + "manifest.xml", BackupInstXml.Manifest(ring.Gpos, domain, context.BackupTime));
        foreach (var gpo in ring.Gpos)
        {
            var folder = root + StableGuid.Braced(gpo.BackupId) + "/";
            yield return new GeneratedFile(folder + "Backup.xml", BackupXml.Write(gpo, domain));
            yield return new GeneratedFile(folder + "bkupInfo.xml", BackupInstXml.BkupInfo(gpo, domain, context.BackupTime));
            yield return new GeneratedFile(folder + "gpreport.xml", GpReportXml.Write(gpo, domain, context.BackupTime));
            if (gpo.Has(Carrier.RegistryPol))
            {
                yield return new GeneratedFile(folder + GpoPaths.ToRelative(GpoPaths.RegistryPolLocation), RegistryPol(gpo));
            }

            if (gpo.Has(Carrier.SecurityTemplate))
            {
                yield return new GeneratedFile(folder + GpoPaths.ToRelative(GpoPaths.GptTmplLocation), GptTmpl(gpo));
            }
        }
    }

    public static byte[] RegistryPol(GpoLayout gpo) =>
        PolWriter.Write(PolOrdering.Canonical(gpo.In(Carrier.RegistryPol).Select(a => a.ToPolRecord())));

    public static byte[] GptTmpl(GpoLayout gpo) =>
        GptTmplWriter.Write(GptTmplFile.Create(gpo.In(Carrier.SecurityTemplate).Select(a => GptTmplRegistryValue.Machine(a.Location.Key, a.Location.ValueName, a.Value))));
}
