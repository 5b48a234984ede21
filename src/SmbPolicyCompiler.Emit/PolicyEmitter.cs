using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Emit.Dsc;
using SmbPolicyCompiler.Emit.Gpo;
using SmbPolicyCompiler.Emit.Import;
using SmbPolicyCompiler.Emit.Intune;
using SmbPolicyCompiler.Emit.Monitors;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.PowerShell;
using SmbPolicyCompiler.Emit.Readme;
using SmbPolicyCompiler.Emit.RegistryFiles;
using SmbPolicyCompiler.Emit.Samba;
using SmbPolicyCompiler.Emit.Siem;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit;

/// <summary>
/// Compiles a bound policy to every back end, in memory: per ring a GPO backup folder and its import script, .reg
/// files, PowerShell apply/rollback scripts, DSC configurations and, for Samba members, smb.conf includes; plus README.md and the collector script.
/// A pure function of the policy and options: the same input gives the same bytes. Call it only for a policy
/// without errors (<c>PolicyCompilation.HasErrors</c> false).
/// </summary>
public static class PolicyEmitter
{
    /// <summary>The files, or (with no files) the diagnostics of values that cannot be written to some output.</summary>
    public static EmitResult Emit(ResolvedPolicy policy, EmitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var context = new EmitContext(policy, options?.Timestamp ?? BackupTimestamp.Of(policy.Model));
        var problems = new List<Diagnostic>();
        ValueCheck.Check(context, problems);
        var rings = RingLayoutBuilder.BuildAll(context, problems);
        if (problems.Count > 0)
        {
            return EmitResult.Failed(context.BackupTime, problems);
        }

        context.Rings = rings;
        var files = Write(context, problems);
        if (problems.Count > 0)
        {
            return EmitResult.Failed(context.BackupTime, problems);
        }

        var summaries = rings.Select(r => new RingSummary(r.Name, r.Folder, r.Imports.Select(i => i.TargetName).ToList(), r.ExceptionGpos)).ToList();
        return new EmitResult(files, summaries, context.BackupTime, []);
    }

    /// <summary>Every file, sorted by path; or none, and the problem with a value the checks before did not catch.</summary>
    private static List<GeneratedFile> Write(EmitContext context, List<Diagnostic> problems)
    {
        var files = new List<GeneratedFile> { GeneratedReadme.Write(context), CollectorScriptWriter.Write() };
        try
        {
            foreach (var ring in context.Rings)
            {
                files.AddRange(GpoBackupWriter.Write(context, ring));
                files.Add(ImportScriptWriter.Write(context, ring));
                files.AddRange(RegFileBackEnd.Write(context, ring));
                files.AddRange(SettingsScriptWriter.Write(context, ring));
                files.AddRange(DscConfigurationWriter.Write(context, ring));
                files.AddRange(MonitorsBackEnd.Write(context, ring));
                files.AddRange(SambaConfWriter.Write(context, ring));
                files.AddRange(IntunePolicyWriter.Write(context, ring));
            }

            files.AddRange(SiemBackEnd.Write(context));
        }
        catch (ArgumentException error)
        {
            // ValueCheck catches the values we know to quote; this reports anything it missed, still without a stack trace.
            var problem = error is UnrepresentableValueException unrepresentable ? unrepresentable.Message : error.Message;
            problems.Add(EmitDiagnostics.Unrepresentable(context.Settings.Location, "a policy value", "", problem));
            return [];
        }

        var clash = files.GroupBy(f => f.RelativePath, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException($"Two generated files share the path '{clash.Key}'; this is a bug in smbpol.");
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}
