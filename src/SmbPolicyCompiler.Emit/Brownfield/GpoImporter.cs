using SmbPolicyCompiler.Core.Diagnostics;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>What <c>import gpo</c> is asked: the policy's name and domain (null: from the backups), the day and the reconstructed audit date.</summary>
public sealed record GpoImportOptions(DateOnly AsOf, DateOnly? AuditSince = null, string? Domain = null, string Name = "imported-smb-policy")
{
    /// <summary>Far enough back for any built-in gate (the longest default minAuditDays is 30).</summary>
    public const int DefaultAuditDays = 120;

    public DateOnly AuditDate => AuditSince ?? AsOf.AddDays(-DefaultAuditDays);
}

/// <summary>The written policy file (null when nothing was written) and every diagnostic of the import.</summary>
public sealed record GpoImportResult(string? PolicyFile, IReadOnlyList<ImportedRing> Rings, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// <c>smbpol import gpo</c>: GPMC backups in, a policy skeleton out (policy.yaml in the output folder). Writes nothing
/// when any backup cannot be read or the folder holds files it did not write.
/// </summary>
public static class GpoImporter
{
    public const string PolicyFileName = "policy.yaml";

    public static GpoImportResult Import(IReadOnlyList<string> inputs, string outFolder, GpoImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<Diagnostic>();
        var gpos = new List<ImportedGpo>();
        foreach (var input in inputs)
        {
            var backups = Directory.Exists(input) ? BackupFiles.FindBackups(input) : [];
            if (backups.Count == 0)
            {
                problems.Add(ImportDiagnostics.NotABackup(input));
            }

            gpos.AddRange(backups.Select(b => GpoBackupReader.Read(b, problems)).OfType<ImportedGpo>());
        }

        var rings = Name(gpos.Where(g => g.Values.Count > 0).Select(g => StageMatcher.Match(g, problems)).ToList());
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return new GpoImportResult(null, rings, problems);
        }

        var domain = options.Domain ?? gpos.Select(g => g.Domain).OfType<string>().FirstOrDefault();
        if (rings.Count == 0 || domain is null)
        {
            problems.Add(rings.Count == 0 ? ImportDiagnostics.NothingToImport(inputs[0]) : ImportDiagnostics.NoDomain(inputs[0]));
            return new GpoImportResult(null, rings, problems);
        }

        if (WrittenFolder.Check(outFolder, [PolicySkeletonWriter.Marker]) is { } foreign)
        {
            problems.Add(foreign);
            return new GpoImportResult(null, rings, problems);
        }

        var yaml = PolicySkeletonWriter.Write(rings, options.Name, domain, options.AuditDate, options.AsOf);
        WrittenFolder.Write(outFolder, new Dictionary<string, string> { [PolicyFileName] = yaml });
        return new GpoImportResult(Path.Combine(outFolder, PolicyFileName), rings, problems);
    }

    /// <summary>Ring names from the GPO names, made unique with -2, -3... in input order.</summary>
    private static List<ImportedRing> Name(List<ImportedRing> rings)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = new List<ImportedRing>();
        foreach (var ring in rings)
        {
            var slug = PolicySkeletonWriter.Slug(ring.Gpo);
            var name = slug;
            for (var i = 2; !used.Add(name); i++)
            {
                name = $"{slug}-{i}";
            }

            named.Add(ring with { Name = name });
        }

        return named;
    }
}
