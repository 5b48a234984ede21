using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Plan.Model;

namespace SmbPolicyCompiler.Plan.Diff;

/// <summary>Exceptions added, removed, extended, shortened or changed; and those the head version has expiring soon.</summary>
internal static class ExceptionDiff
{
    public static IReadOnlyList<ExceptionChange> Compute(ResolvedPolicy before, ResolvedPolicy after, DateOnly asOf)
    {
        var old = before.Model.Exceptions.GroupBy(e => e.Id.Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var now = after.Model.Exceptions.GroupBy(e => e.Id.Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var changes = new List<ExceptionChange>();
        foreach (var (id, exception) in now)
        {
            if (!old.TryGetValue(id, out var previous))
            {
                changes.Add(Change(ExceptionChangeKind.Added, exception, null));
            }
            else if (exception.Expires.Value > previous.Expires.Value)
            {
                changes.Add(Change(ExceptionChangeKind.Extended, exception, previous));
            }
            else if (exception.Expires.Value < previous.Expires.Value)
            {
                changes.Add(Change(ExceptionChangeKind.Shortened, exception, previous));
            }
            else if (Scope(exception) != Scope(previous) || exception.Control.Value != previous.Control.Value || exception.Stage.Value != previous.Stage.Value)
            {
                changes.Add(Change(ExceptionChangeKind.Changed, exception, previous));
            }

            var days = exception.Expires.Value.DayNumber - asOf.DayNumber;
            if (days >= 0 && days <= after.Policy.ExpiryWarningDays)
            {
                changes.Add(Change(ExceptionChangeKind.Expiring, exception, previous));
            }
        }

        changes.AddRange(old.Where(o => !now.ContainsKey(o.Key)).Select(o => Change(ExceptionChangeKind.Removed, o.Value, o.Value) with { NewExpires = null }));
        return changes.OrderBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static string Scope(ExceptionDefinition e) =>
        string.Join(", ", e.Hosts.Select(h => h.Value).Concat(e.Groups.Select(g => "group " + g.Value)));

    private static ExceptionChange Change(ExceptionChangeKind kind, ExceptionDefinition e, ExceptionDefinition? previous) =>
        new(kind, e.Id.Value, e.Control.Value, e.Stage.Value, Scope(e), previous?.Expires.Value, e.Expires.Value, e.Owner, e.Ticket, e.Reason);
}
