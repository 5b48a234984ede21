using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Model;

/// <summary>
/// What was read and what could not be used. <see cref="Problems"/> lists, one sentence each, why the input is not
/// complete (unreadable files, malformed records, events without a client, ...): a report with problems must say so.
/// <see cref="Cautions"/> are lossy but usable input (local times without offset, fields from message text).
/// </summary>
public sealed record InputSummary(
    ReadReport Read,
    long Events,
    long EventsWithoutComputer,
    long EventsWithoutClient,
    long EventsWithoutTime,
    long EventsFromUnknownComputers,
    int UnknownComputers,
    string? InventoryPath,
    int InventoryClients,
    IReadOnlyList<string> InventoryWarnings,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Cautions)
{
    public bool Complete => Problems.Count == 0;
}
