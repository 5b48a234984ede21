using SmbPolicyCompiler.Core.Model;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>
/// The backup time recorded in the GPO backups: the latest date written anywhere in the policy (stage dates and
/// exception created dates), at midnight, so the output never depends on the wall clock.
/// </summary>
internal static class BackupTimestamp
{
    /// <summary>Used when the policy has no date at all.</summary>
    public static readonly DateTime Fallback = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static DateTime Of(PolicyModel model)
    {
        var dates = model.Rings.SelectMany(r => r.Controls.Values).SelectMany(t => t.Entries).Select(e => e.Since)
            .Concat(model.Exceptions.Select(e => e.Created).OfType<DateOnly>())
            .ToList();
        return dates.Count == 0 ? Fallback : dates.Max().ToDateTime(TimeOnly.MinValue);
    }
}
