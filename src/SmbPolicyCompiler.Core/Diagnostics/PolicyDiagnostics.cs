using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Core.Diagnostics;

/// <summary>
/// Every diagnostic the front end can raise, one method per stable code. Codes never change meaning;
/// docs/diagnostics.md is generated from <see cref="All"/>.
/// </summary>
public static class PolicyDiagnostics
{
    public static IReadOnlyList<DiagnosticInfo> All { get; } =
    [
        new("SMB0001", Severity.Error, "No policy files in the folder"),
        new("SMB0002", Severity.Error, "A policy file cannot be read"),
        new("SMB0003", Severity.Error, "A policy file is too large"),
        new("SMB0004", Severity.Error, "A policy file is not valid UTF-8 text"),
        new("SMB0005", Severity.Error, "A policy file is empty"),
        new("SMB0006", Severity.Error, "YAML syntax error"),
        new("SMB0007", Severity.Error, "Tab character in indentation"),
        new("SMB0008", Severity.Error, "Duplicate key in a mapping"),
        new("SMB0009", Severity.Error, "Aliases expand too far or nesting is too deep"),
        new("SMB0010", Severity.Error, "Unknown field"),
        new("SMB0011", Severity.Error, "Wrong type"),
        new("SMB0012", Severity.Error, "Missing required field"),
        new("SMB0013", Severity.Error, "Value not allowed"),
        new("SMB0014", Severity.Error, "Schema violation"),
        new("SMB0015", Severity.Error, "Invalid date"),
        new("SMB0020", Severity.Error, "Section defined twice"),
        new("SMB0021", Severity.Error, "Required section missing"),
        new("SMB0030", Severity.Error, "Inventory cannot be read"),
        new("SMB0031", Severity.Warning, "Inventory row skipped"),
        new("SMB1001", Severity.Error, "Unknown name"),
        new("SMB1002", Severity.Error, "Duplicate name"),
        new("SMB1003", Severity.Error, "Group in more than one ring"),
        new("SMB1004", Severity.Error, "Host in more than one group"),
        new("SMB1005", Severity.Warning, "Group in no ring"),
        new("SMB1006", Severity.Warning, "Membership cannot be resolved without an inventory"),
        new("SMB1007", Severity.Warning, "Group matches no host"),
        new("SMB2001", Severity.Error, "Enforce without an audit stage before it"),
        new("SMB2002", Severity.Error, "Enforce before the gate's minimum audit days"),
        new("SMB2003", Severity.Warning, "A later ring is stricter than an earlier one"),
        new("SMB2004", Severity.Error, "Stage dates out of order"),
        new("SMB2005", Severity.Warning, "Stage dated in the future"),
        new("SMB2006", Severity.Warning, "Signing enforced while SMB1 is still enabled"),
        new("SMB2007", Severity.Warning, "Setting has no effect on SMB2 and later"),
        new("SMB2008", Severity.Error, "Encryption required where clients cannot encrypt"),
        new("SMB2009", Severity.Warning, "Control has no group of its side in the ring"),
        new("SMB2010", Severity.Error, "Additional setting collides with a control"),
        new("SMB3001", Severity.Error, "Exception expired"),
        new("SMB3002", Severity.Warning, "Exception expires soon"),
        new("SMB3003", Severity.Error, "Exception names something unknown"),
        new("SMB3004", Severity.Warning, "Exception does not hold anything back"),
        new("SMB3005", Severity.Warning, "Exception runs longer than the policy allows"),
        new("SMB3006", Severity.Error, "Exception dates out of order"),
    ];

    public static Diagnostic NoPolicyFiles(string folder) =>
        Make("SMB0001", SourceLocation.File(folder), $"no policy files (*.yaml, *.yml) in '{folder}'; point smbpol at the folder of your policy repository, e.g. 'policies'");

    public static Diagnostic Unreadable(string path, string reason) =>
        Make("SMB0002", SourceLocation.File(path), $"cannot read the file: {reason}");

    public static Diagnostic TooLarge(string path, long bytes, long limit) =>
        Make("SMB0003", SourceLocation.File(path), $"the file is {bytes / 1024.0 / 1024.0:0.0} MB; policy files are limited to {limit / 1024 / 1024} MB — split it into smaller files or remove generated content");

    public static Diagnostic NotUtf8(SourceLocation at) =>
        Make("SMB0004", at, "the file is not valid UTF-8 at this position; save it as UTF-8 (or UTF-16 with a byte-order mark)");

    public static Diagnostic EmptyFile(string path) =>
        Make("SMB0005", SourceLocation.File(path), "the file holds no YAML document; add policy content or delete the file");

    public static Diagnostic YamlSyntax(SourceLocation at, string detail) =>
        Make("SMB0006", at, $"YAML syntax error: {detail}");

    public static Diagnostic TabIndent(SourceLocation at) =>
        Make("SMB0007", at, "tab character in indentation; YAML indents with spaces only — replace the tab with spaces");

    public static Diagnostic DuplicateKey(SourceLocation at, string key, SourceLocation first) =>
        Make("SMB0008", at, $"duplicate key '{key}' (first at line {first.Line}); remove one of them");

    public static Diagnostic ExpansionTooLarge(SourceLocation at, long limit) =>
        Make("SMB0009", at, $"aliases expand this document to more than {limit:N0} nodes; write the values out instead of nesting aliases");

    public static Diagnostic NestingTooDeep(SourceLocation at, int limit) =>
        Make("SMB0009", at, $"nesting is deeper than {limit} levels; a policy never needs that many — flatten the structure");

    public static Diagnostic UnknownField(SourceLocation at, string field, string? suggestion) =>
        Make("SMB0010", at, $"unknown field '{field}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));

    public static Diagnostic WrongType(SourceLocation at, string what, string expected, string actual) =>
        Make("SMB0011", at, $"{what} must be {expected}, not {actual}");

    public static Diagnostic MissingField(SourceLocation at, string field, string owner) =>
        Make("SMB0012", at, $"{owner} needs a '{field}' field");

    public static Diagnostic NotAllowed(SourceLocation at, string what, string value, IEnumerable<string> allowed) =>
        Make("SMB0013", at, $"{what} cannot be '{value}'; use one of: {string.Join(", ", allowed)}");

    public static Diagnostic Schema(SourceLocation at, string detail) =>
        Make("SMB0014", at, detail);

    public static Diagnostic InvalidDate(SourceLocation at, string value) =>
        Make("SMB0015", at, $"'{value}' is not a date; write dates as YYYY-MM-DD");

    public static Diagnostic SectionTwice(SourceLocation at, string section, SourceLocation first) =>
        Make("SMB0020", at, $"'{section}' is already defined at {first}; keep one '{section}' section in the repository");

    public static Diagnostic SectionMissing(string folder, string section, string example) =>
        Make("SMB0021", SourceLocation.File(folder), $"no '{section}' section in any policy file; add one, e.g. {example}");

    public static Diagnostic InventoryUnreadable(SourceLocation at, string reason) =>
        Make("SMB0030", at, $"inventory cannot be read: {reason}");

    public static Diagnostic InventoryRowSkipped(SourceLocation at, string reason) =>
        Make("SMB0031", at, $"inventory row skipped: {reason}");

    public static Diagnostic UnknownName(SourceLocation at, string kind, string name, string? suggestion) =>
        Make("SMB1001", at, $"no {kind} named '{name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));

    public static Diagnostic DuplicateName(SourceLocation at, string kind, string name, SourceLocation first) =>
        Make("SMB1002", at, $"{kind} '{name}' is already defined at {first}; names must be unique (case-insensitive)");

    public static Diagnostic GroupInTwoRings(SourceLocation at, string group, string ring, string firstRing) =>
        Make("SMB1003", at, $"group '{group}' is in ring '{firstRing}' and again in ring '{ring}'; a group belongs to one ring");

    public static Diagnostic HostInTwoGroups(SourceLocation at, string host, string group, string otherGroup, string how) =>
        Make("SMB1004", at, $"host '{host}' falls into group '{group}' ({how}) and into group '{otherGroup}'; a host belongs to one group — narrow one of the member lists");

    public static Diagnostic GroupInNoRing(SourceLocation at, string group) =>
        Make("SMB1005", at, $"group '{group}' is in no ring, so nothing applies to it; add it to a ring's 'groups'");

    public static Diagnostic NeedsInventory(SourceLocation at, string group, string what) =>
        Make("SMB1006", at, $"group '{group}' selects members by {what}, which needs an inventory to name its hosts; set 'policy.inventory' to a computers CSV (GPO links still work without it)");

    public static Diagnostic GroupMatchesNothing(SourceLocation at, string group) =>
        Make("SMB1007", at, $"group '{group}' matches no host in the inventory; check its OUs, AD groups and wildcards");

    public static Diagnostic EnforceWithoutAudit(SourceLocation at, string ring, string control, string stage) =>
        Make("SMB2001", at, $"ring '{ring}' moves {control} to '{stage}' with no 'audit' stage before it; audit first, collect events, then enforce");

    public static Diagnostic EnforceTooEarly(SourceLocation at, string ring, string control, string stage, int days, int minimum) =>
        Make("SMB2002", at, $"ring '{ring}' moves {control} to '{stage}' after {days} day(s) of audit; its gate asks for at least {minimum}");

    public static Diagnostic LaterRingStricter(SourceLocation at, string ring, string control, string stage, string earlierRing, string earlierStage) =>
        Make("SMB2003", at, $"ring '{ring}' has {control} at '{stage}', stricter than the earlier ring '{earlierRing}' at '{earlierStage}'; rings are promoted in order");

    public static Diagnostic DatesOutOfOrder(SourceLocation at, string control, string stage, string date, string previousStage, string previousDate) =>
        Make("SMB2004", at, $"{control} enters '{stage}' on {date}, before '{previousStage}' on {previousDate}; stages move one way, so dates must increase");

    public static Diagnostic DateInFuture(SourceLocation at, string what, string date, string asOf) =>
        Make("SMB2005", at, $"{what} is dated {date}, after today ({asOf}); the compiled output applies it now");

    public static Diagnostic SigningWithSmb1(SourceLocation at, string ring, string smb1Stage) =>
        Make("SMB2006", at, $"ring '{ring}' enforces server signing while SMB1 is '{smb1Stage}'; readiness evidence for SMB1 clients (event 3027) is unreliable — disable SMB1 first or check SMB1 clients by hand");

    public static Diagnostic NoEffectOnSmb2(SourceLocation at, string setting) =>
        Make("SMB2007", at, $"{setting} does nothing for SMB2 and later (it only affects SMB1); use the serverSigning or clientSigning control instead");

    public static Diagnostic EncryptionImpossible(SourceLocation at, string ring, string control, string group, string why) =>
        Make("SMB2008", at, $"ring '{ring}' requires encryption ({control}) but group '{group}' cannot encrypt ({why}); hold it back with an exception or move it to another ring");

    public static Diagnostic NoGroupOfSide(SourceLocation at, string ring, string control, string side) =>
        Make("SMB2009", at, $"ring '{ring}' sets {control}, which applies to {side} groups, but the ring has none; it compiles to nothing");

    public static Diagnostic SettingCollides(SourceLocation at, string setting, string control) =>
        Make("SMB2010", at, $"{setting} is managed by the {control} control; set the control's stage instead of writing the value");

    public static Diagnostic ExceptionExpired(SourceLocation at, string id, string expires, string asOf) =>
        Make("SMB3001", at, $"exception '{id}' expired on {expires} (today is {asOf}); extend it with a reason, or remove it and let the ring's stage apply");

    public static Diagnostic ExceptionExpiresSoon(SourceLocation at, string id, string expires, int days) =>
        Make("SMB3002", at, $"exception '{id}' expires on {expires}, in {days} day(s); fix the clients it covers or extend it");

    public static Diagnostic ExceptionUnknown(SourceLocation at, string id, string kind, string name, string? suggestion) =>
        Make("SMB3003", at, $"exception '{id}' names {kind} '{name}', which does not exist" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));

    public static Diagnostic ExceptionUnknownStage(SourceLocation at, string id, string control, string stage, IEnumerable<string> stages) =>
        Make("SMB3003", at, $"exception '{id}' holds {control} at '{stage}', which is not a stage of {control}; use one of: {string.Join(", ", stages)}");

    public static Diagnostic ExceptionNoEffect(SourceLocation at, string id, string host, string stage, string ringStage) =>
        Make("SMB3004", at, $"exception '{id}' holds '{host}' at '{stage}', but its ring is already at '{ringStage}'; the exception does nothing there");

    public static Diagnostic ExceptionTooLong(SourceLocation at, string id, int days, int maximum) =>
        Make("SMB3005", at, $"exception '{id}' runs {days} days; the policy allows at most {maximum} (policy.maxExceptionDays)");

    public static Diagnostic ExceptionDatesOutOfOrder(SourceLocation at, string id, string created, string expires) =>
        Make("SMB3006", at, $"exception '{id}' is created on {created}, after it expires on {expires}; fix one of the dates");

    private static Diagnostic Make(string code, SourceLocation at, string message)
    {
        var info = All.First(i => i.Code == code);
        return new Diagnostic(at, info.DefaultSeverity, code, message);
    }
}

public sealed record DiagnosticInfo(string Code, Severity DefaultSeverity, string Title);
