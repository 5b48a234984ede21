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
    /// <summary>The files, sorted by path, or (with no files) the diagnostics of values that cannot be written to some output.</summary>
    public static EmitResult Emit(ResolvedPolicy policy, EmitOptions? options = null)
    {
        var collected = new CollectedFiles();
        var result = Emit(policy, options, collected);
        return result.HasErrors ? result : result with { Files = collected.Sorted() };
    }

    /// <summary>
    /// Hands each file to <paramref name="sink"/> as it is produced, in no particular order, and keeps none of them: the
    /// result has no <see cref="EmitResult.Files"/>, only their count. When the result has errors, the sink may already
    /// hold some files: discard them.
    /// </summary>
    public static EmitResult Emit(ResolvedPolicy policy, EmitOptions? options, IGeneratedFileSink sink)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(sink);
        var context = new EmitContext(policy, options?.Timestamp ?? BackupTimestamp.Of(policy.Model));
        var problems = new List<Diagnostic>();
        ValueCheck.Check(context, problems);
        var rings = RingLayoutBuilder.BuildAll(context, problems);
        if (problems.Count > 0)
        {
            return EmitResult.Failed(context.BackupTime, problems);
        }

        context.Rings = rings;
        var count = Write(context, sink, problems);
        if (problems.Count > 0)
        {
            return EmitResult.Failed(context.BackupTime, problems);
        }

        var summaries = rings.Select(r => new RingSummary(r.Name, r.Folder, r.Imports.Select(i => i.TargetName).ToList(), r.ExceptionGpos)).ToList();
        return new EmitResult([], summaries, context.BackupTime, []) { FileCount = count };
    }

    /// <summary>How many files went to the sink; or none, and the problem with a value the checks before did not catch.</summary>
    private static int Write(EmitContext context, IGeneratedFileSink sink, List<Diagnostic> problems)
    {
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var file in Files(context))
            {
                if (!paths.Add(file.RelativePath))
                {
                    throw new InvalidOperationException($"Two generated files share the path '{file.RelativePath}'; this is a bug in smbpol.");
                }

                sink.Add(file);
            }
        }
        catch (ArgumentException error)
        {
            // ValueCheck catches the values we know to quote; this reports anything it missed, still without a stack trace.
            var problem = error is UnrepresentableValueException unrepresentable ? unrepresentable.Message : error.Message;
            problems.Add(EmitDiagnostics.Unrepresentable(context.Settings.Location, "a policy value", "", problem));
            return 0;
        }

        return paths.Count;
    }

    /// <summary>Every file, one at a time (each back end produces its files lazily).</summary>
    private static IEnumerable<GeneratedFile> Files(EmitContext context)
    {
        yield return GeneratedReadme.Write(context);
        yield return CollectorScriptWriter.Write();
        foreach (var ring in context.Rings)
        {
            // One back end after the other, each called only when the one before has produced all its files (as before streaming).
            IEnumerable<Func<IEnumerable<GeneratedFile>>> backEnds =
            [
                () => GpoBackupWriter.Write(context, ring),
                () => [ImportScriptWriter.Write(context, ring)],
                () => RegFileBackEnd.Write(context, ring),
                () => SettingsScriptWriter.Write(context, ring),
                () => DscConfigurationWriter.Write(context, ring),
                () => MonitorsBackEnd.Write(context, ring),
                () => SambaConfWriter.Write(context, ring),
                () => IntunePolicyWriter.Write(context, ring),
            ];
            foreach (var file in backEnds.SelectMany(write => write()))
            {
                yield return file;
            }
        }

        foreach (var file in SiemBackEnd.Write(context))
        {
            yield return file;
        }
    }

    private sealed class CollectedFiles : IGeneratedFileSink
    {
        private readonly List<GeneratedFile> _files = [];

        public void Add(GeneratedFile file) => _files.Add(file);

        public List<GeneratedFile> Sorted() => [.. _files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}
