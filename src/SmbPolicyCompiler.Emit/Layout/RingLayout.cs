using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>Everything one ring compiles to, before any file is written.</summary>
/// <param name="Folder">The ring's output folder name (the ring name as a file-name segment).</param>
internal sealed record RingLayout(ResolvedRing Ring, string Folder, IReadOnlyList<RingSide> Sides, IReadOnlyList<ExceptionLayout> Exceptions)
{
    public string Name => Ring.Name;

    public IEnumerable<GpoLayout> Gpos => Sides.Select(s => s.Gpo).Concat(Exceptions.Select(e => e.Gpo).OfType<GpoLayout>());

    /// <summary>Ring imports first, then exception imports, so exception links end up first in link order.</summary>
    public IEnumerable<GpoImport> Imports => Sides.SelectMany(s => s.Imports).Concat(Exceptions.Select(e => e.Import).OfType<GpoImport>());

    /// <summary>Exceptions that have a GPO (hold at least one host Group Policy manages).</summary>
    public int ExceptionGpos => Exceptions.Count(e => e.Gpo is not null);

    public IEnumerable<ExceptionLayout> ExceptionsFor(Side side) => Exceptions.Where(e => e.For(side).Count > 0);
}
