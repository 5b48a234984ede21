using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Diagnostics;

/// <summary>
/// The messages of the front end's and the rules' diagnostics (SMB0xxx–SMB3xxx): one method per message, each on
/// its code in <see cref="DiagnosticCatalogue"/>. Messages say the fix.
/// </summary>
internal static class PolicyDiagnostics
{
    public static Diagnostic NoPolicyFiles(string folder) =>
        DiagnosticCatalogue.NoPolicyFiles.At(SourceLocation.File(folder), $"no policy files (*.yaml, *.yml) in '{folder}'; point smbpol at the folder of your policy repository, e.g. 'policies'");

    public static Diagnostic Unreadable(string path, string reason) =>
        DiagnosticCatalogue.UnreadableFile.At(SourceLocation.File(path), $"cannot read the file: {reason}");

    public static Diagnostic TooLarge(string path, long bytes, long limit) =>
        DiagnosticCatalogue.FileTooLarge.At(SourceLocation.File(path), $"the file is {bytes / 1024.0 / 1024.0:0.0} MB; policy files are limited to {limit / 1024 / 1024} MB — split it into smaller files or remove generated content");

    public static Diagnostic NotUtf8(SourceLocation at) =>
        DiagnosticCatalogue.NotUtf8.At(at, "the file is not valid UTF-8 at this position; save it as UTF-8 (or UTF-16 with a byte-order mark)");

    public static Diagnostic EmptyFile(string path) =>
        DiagnosticCatalogue.EmptyFile.At(SourceLocation.File(path), "the file holds no YAML document; add policy content or delete the file");

    public static Diagnostic YamlSyntax(SourceLocation at, string detail) =>
        DiagnosticCatalogue.YamlSyntax.At(at, $"YAML syntax error: {detail}");

    public static Diagnostic TabIndent(SourceLocation at) =>
        DiagnosticCatalogue.TabIndent.At(at, "tab character in indentation; YAML indents with spaces only — replace the tab with spaces");

    public static Diagnostic DuplicateKey(SourceLocation at, string key, SourceLocation first) =>
        DiagnosticCatalogue.DuplicateKey.At(at, $"duplicate key '{key}' (first at line {first.Line}); remove one of them");

    public static Diagnostic ExpansionTooLarge(SourceLocation at, long limit) =>
        DiagnosticCatalogue.DocumentTooLarge.At(at, $"aliases expand this document to more than {limit:N0} nodes; write the values out instead of nesting aliases");

    public static Diagnostic NestingTooDeep(SourceLocation at, int limit) =>
        DiagnosticCatalogue.DocumentTooLarge.At(at, $"nesting is deeper than {limit} levels; a policy never needs that many — flatten the structure");

    public static Diagnostic UnknownField(SourceLocation at, string field, string? suggestion) =>
        DiagnosticCatalogue.UnknownField.At(at, $"unknown field '{field}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));

    public static Diagnostic WrongType(SourceLocation at, string what, string expected, string actual) =>
        DiagnosticCatalogue.WrongType.At(at, $"{what} must be {expected}, not {actual}");

    public static Diagnostic MissingField(SourceLocation at, string field, string owner) =>
        DiagnosticCatalogue.MissingField.At(at, $"{owner} needs a '{field}' field");

    public static Diagnostic NotAllowed(SourceLocation at, string what, string value, IEnumerable<string> allowed) =>
        DiagnosticCatalogue.NotAllowed.At(at, $"{what} cannot be '{value}'; use one of: {string.Join(", ", allowed)}");

    public static Diagnostic Schema(SourceLocation at, string detail) =>
        DiagnosticCatalogue.Schema.At(at, detail);

    public static Diagnostic InvalidDate(SourceLocation at, string value) =>
        DiagnosticCatalogue.InvalidDate.At(at, $"'{value}' is not a date; write dates as YYYY-MM-DD");

    public static Diagnostic SectionTwice(SourceLocation at, string section, SourceLocation first) =>
        DiagnosticCatalogue.SectionTwice.At(at, $"'{section}' is already defined at {first}; keep one '{section}' section in the repository");

    public static Diagnostic SectionMissing(string folder, string section, string example) =>
        DiagnosticCatalogue.SectionMissing.At(SourceLocation.File(folder), $"no '{section}' section in any policy file; add one, e.g. {example}");

    public static Diagnostic InventoryUnreadable(SourceLocation at, string reason) =>
        DiagnosticCatalogue.InventoryUnreadable.At(at, $"inventory cannot be read: {reason}");

    public static Diagnostic InventoryRowSkipped(SourceLocation at, string reason) =>
        DiagnosticCatalogue.InventoryRowSkipped.At(at, $"inventory row skipped: {reason}");

    public static Diagnostic UnknownName(SourceLocation at, string kind, string name, string? suggestion) =>
        DiagnosticCatalogue.UnknownName.At(at, $"no {kind} named '{name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));

    public static Diagnostic DuplicateName(SourceLocation at, string kind, string name, SourceLocation first) =>
        DiagnosticCatalogue.DuplicateName.At(at, $"{kind} '{name}' is already defined at {first}; names must be unique (case-insensitive)");

    public static Diagnostic GroupInTwoRings(SourceLocation at, string group, string ring, string firstRing) =>
        DiagnosticCatalogue.GroupInTwoRings.At(at, $"group '{group}' is in ring '{firstRing}' and again in ring '{ring}'; a group belongs to one ring");

    public static Diagnostic HostInTwoGroups(SourceLocation at, string host, string group, string otherGroup, string how) =>
        DiagnosticCatalogue.HostInTwoGroups.At(at, $"host '{host}' falls into group '{group}' ({how}) and into group '{otherGroup}'; a host belongs to one group — narrow one of the member lists");

    public static Diagnostic GroupInNoRing(SourceLocation at, string group) =>
        DiagnosticCatalogue.GroupInNoRing.At(at, $"group '{group}' is in no ring, so nothing applies to it; add it to a ring's 'groups'");

    public static Diagnostic NeedsInventory(SourceLocation at, string group, string what) =>
        DiagnosticCatalogue.NeedsInventory.At(at, $"group '{group}' selects members by {what}, which needs an inventory to name its hosts; set 'policy.inventory' to a computers CSV (GPO links still work without it)");

    public static Diagnostic FilteredHostNotInInventory(SourceLocation at, string host, string group, string ring) =>
        DiagnosticCatalogue.FilteredHostNotInInventory.At(at, $"host '{host}' of group '{group}' (ring '{ring}') is named by host name, so the ring's GPO reaches it through a security filter that names its computer account, but it is not in the inventory (so probably not in AD): the ring's import script stops before linking anything until the account exists; add the computer to AD and to the inventory, or move the host to a group in no ring");

    public static Diagnostic GroupMatchesNothing(SourceLocation at, string group) =>
        DiagnosticCatalogue.GroupMatchesNothing.At(at, $"group '{group}' matches no host in the inventory; check its OUs, AD groups and wildcards");

    public static Diagnostic EnforceWithoutAudit(SourceLocation at, string ring, string control, string stage) =>
        DiagnosticCatalogue.EnforceWithoutAudit.At(at, $"ring '{ring}' moves {control} to '{stage}' with no 'audit' stage before it; audit first, collect events, then enforce");

    public static Diagnostic EnforceTooEarly(SourceLocation at, string ring, string control, string stage, int days, int minimum) =>
        DiagnosticCatalogue.EnforceTooEarly.At(at, $"ring '{ring}' moves {control} to '{stage}' after {days} day(s) of audit; its gate asks for at least {minimum}");

    public static Diagnostic UnknownPlaceholder(SourceLocation at, string token, string? suggestion, IEnumerable<string> known) =>
        DiagnosticCatalogue.UnknownPlaceholder.At(at, $"the ticket template uses '{token}', which is no placeholder" +
            (suggestion is null ? "." : $"; did you mean '{suggestion}'?") + $" Placeholders: {string.Join(" ", known)} (docs/monitors.md)");

    public static Diagnostic WindowShorterThanInterval(SourceLocation at, string ring, string monitor, string window, string interval) =>
        DiagnosticCatalogue.WindowShorterThanInterval.At(at, $"ring '{ring}': {monitor} reads the last {window} of events but runs every {interval}, so events between runs are never seen; make 'window' at least '{interval}'");

    public static Diagnostic MonitorSeesNothing(SourceLocation at, string ring, string monitor, string reason) =>
        DiagnosticCatalogue.MonitorSeesNothing.At(at, $"ring '{ring}': {monitor} is on, but {reason}, so compile leaves it out; audit a control it watches, or turn it off for the ring (monitors: {{ {monitor}: {{ enabled: false }} }})");

    public static Diagnostic LaterRingStricter(SourceLocation at, string ring, string control, string stage, string earlierRing, string earlierStage) =>
        DiagnosticCatalogue.LaterRingStricter.At(at, $"ring '{ring}' has {control} at '{stage}', stricter than the earlier ring '{earlierRing}' at '{earlierStage}'; rings are promoted in order");

    public static Diagnostic DatesOutOfOrder(SourceLocation at, string control, string stage, string date, string previousStage, string previousDate) =>
        DiagnosticCatalogue.StageDatesOutOfOrder.At(at, $"{control} enters '{stage}' on {date}, before '{previousStage}' on {previousDate}; stages move one way, so dates must increase");

    public static Diagnostic DateInFuture(SourceLocation at, string what, string date, string asOf) =>
        DiagnosticCatalogue.DateInFuture.At(at, $"{what} is dated {date}, after today ({asOf}); the compiled output applies it now");

    public static Diagnostic SigningWithSmb1(SourceLocation at, string ring, string smb1Stage) =>
        DiagnosticCatalogue.SigningWithSmb1.At(at, $"ring '{ring}' enforces server signing while SMB1 is '{smb1Stage}'; readiness evidence for SMB1 clients (event 3027) is unreliable — disable SMB1 first or check SMB1 clients by hand");

    public static Diagnostic NoEffectOnSmb2(SourceLocation at, string setting) =>
        DiagnosticCatalogue.NoEffectOnSmb2.At(at, $"{setting} does nothing for SMB2 and later (it only affects SMB1); use the serverSigning or clientSigning control instead");

    public static Diagnostic EncryptionImpossible(SourceLocation at, string ring, string control, string group, string why) =>
        DiagnosticCatalogue.EncryptionImpossible.At(at, $"ring '{ring}' requires encryption ({control}) but group '{group}' cannot encrypt ({why}); hold it back with an exception or move it to another ring");

    public static Diagnostic NoGroupOfSide(SourceLocation at, string ring, string control, string side) =>
        DiagnosticCatalogue.NoGroupOfSide.At(at, $"ring '{ring}' sets {control}, which applies to {side} groups, but the ring has none; it compiles to nothing");

    public static Diagnostic SettingCollides(SourceLocation at, string setting, string control) =>
        DiagnosticCatalogue.SettingCollides.At(at, $"{setting} is managed by the {control} control; set the control's stage instead of writing the value");

    public static Diagnostic ExceptionExpired(SourceLocation at, string id, string expires, string asOf) =>
        DiagnosticCatalogue.ExceptionExpired.At(at, $"exception '{id}' expired on {expires} (today is {asOf}); extend it with a reason, or remove it and let the ring's stage apply");

    public static Diagnostic ExceptionExpiresSoon(SourceLocation at, string id, string expires, int days) =>
        DiagnosticCatalogue.ExceptionExpiresSoon.At(at, $"exception '{id}' expires on {expires}, in {days} day(s); fix the clients it covers or extend it");

    public static Diagnostic ExceptionUnknown(SourceLocation at, string id, string kind, string name, string? suggestion) =>
        DiagnosticCatalogue.ExceptionUnknownTarget.At(at, $"exception '{id}' names {kind} '{name}', which does not exist" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));

    public static Diagnostic ExceptionUnknownStage(SourceLocation at, string id, string control, string stage, IEnumerable<string> stages) =>
        DiagnosticCatalogue.ExceptionUnknownTarget.At(at, $"exception '{id}' holds {control} at '{stage}', which is not a stage of {control}; use one of: {string.Join(", ", stages)}");

    public static Diagnostic ExceptionNoEffect(SourceLocation at, string id, string host, string stage, string ringStage) =>
        DiagnosticCatalogue.ExceptionNoEffect.At(at, $"exception '{id}' holds '{host}' at '{stage}', but its ring is already at '{ringStage}'; the exception does nothing there");

    public static Diagnostic ExceptionTooLong(SourceLocation at, string id, int days, int maximum) =>
        DiagnosticCatalogue.ExceptionTooLong.At(at, $"exception '{id}' runs {days} days; the policy allows at most {maximum} (policy.maxExceptionDays)");

    public static Diagnostic ExceptionDatesOutOfOrder(SourceLocation at, string id, string created, string expires) =>
        DiagnosticCatalogue.ExceptionDatesOutOfOrder.At(at, $"exception '{id}' is created on {created}, after it expires on {expires}; fix one of the dates");
}
