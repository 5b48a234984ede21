using System.Reflection;
using static SmbPolicyCompiler.Core.Diagnostics.Severity;

namespace SmbPolicyCompiler.Core.Diagnostics;

/// <summary>
/// Every code smbpol can print, each written once: the front end's and the rules' (SMB0xxx–SMB3xxx), compile's
/// (SMB4xxx), `import gpo`'s and `init`'s (SMB5xxx) and drift's SARIF rules (SMBDRIFTxxx). Codes never change meaning. The messages are built by
/// <see cref="PolicyDiagnostics"/> (front end and rules) and by the stage that reports the code; docs/diagnostics.md
/// is generated from <see cref="All"/>.
/// </summary>
public static class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor NoPolicyFiles = Input("SMB0001", Error, "No policy files in the folder") with { MeansInputUnreadable = true };
    public static readonly DiagnosticDescriptor UnreadableFile = Input("SMB0002", Error, "A policy file cannot be read") with { MeansInputUnreadable = true };
    public static readonly DiagnosticDescriptor FileTooLarge = Input("SMB0003", Error, "A policy file is too large");
    public static readonly DiagnosticDescriptor NotUtf8 = Input("SMB0004", Error, "A policy file is not valid UTF-8 text");
    public static readonly DiagnosticDescriptor EmptyFile = Input("SMB0005", Error, "A policy file is empty");
    public static readonly DiagnosticDescriptor YamlSyntax = Input("SMB0006", Error, "YAML syntax error");
    public static readonly DiagnosticDescriptor TabIndent = Input("SMB0007", Error, "Tab character in indentation");
    public static readonly DiagnosticDescriptor DuplicateKey = Input("SMB0008", Error, "Duplicate key in a mapping");
    public static readonly DiagnosticDescriptor DocumentTooLarge = Input("SMB0009", Error, "Aliases expand too far or nesting is too deep");
    public static readonly DiagnosticDescriptor UnknownField = Input("SMB0010", Error, "Unknown field");
    public static readonly DiagnosticDescriptor WrongType = Input("SMB0011", Error, "Wrong type");
    public static readonly DiagnosticDescriptor MissingField = Input("SMB0012", Error, "Missing required field");
    public static readonly DiagnosticDescriptor NotAllowed = Input("SMB0013", Error, "Value not allowed");
    public static readonly DiagnosticDescriptor Schema = Input("SMB0014", Error, "Schema violation");
    public static readonly DiagnosticDescriptor InvalidDate = Input("SMB0015", Error, "Invalid date");
    public static readonly DiagnosticDescriptor SectionTwice = Input("SMB0020", Error, "Section defined twice");
    public static readonly DiagnosticDescriptor SectionMissing = Input("SMB0021", Error, "Required section missing");
    public static readonly DiagnosticDescriptor InventoryUnreadable = Input("SMB0030", Error, "Inventory cannot be read");
    public static readonly DiagnosticDescriptor InventoryRowSkipped = Input("SMB0031", Warning, "Inventory row skipped");

    public static readonly DiagnosticDescriptor UnknownName = Rule("SMB1001", Error, "Unknown name");
    public static readonly DiagnosticDescriptor DuplicateName = Rule("SMB1002", Error, "Duplicate name");
    public static readonly DiagnosticDescriptor GroupInTwoRings = Rule("SMB1003", Error, "Group in more than one ring");
    public static readonly DiagnosticDescriptor HostInTwoGroups = Rule("SMB1004", Error, "Host in more than one group");
    public static readonly DiagnosticDescriptor GroupInNoRing = Rule("SMB1005", Warning, "Group in no ring");
    public static readonly DiagnosticDescriptor NeedsInventory = Rule("SMB1006", Warning, "Membership cannot be resolved without an inventory");
    public static readonly DiagnosticDescriptor GroupMatchesNothing = Rule("SMB1007", Warning, "Group matches no host");
    public static readonly DiagnosticDescriptor FilteredHostNotInInventory = Rule("SMB1008", Warning, "Security-filtered host not in the inventory");

    public static readonly DiagnosticDescriptor EnforceWithoutAudit = Rule("SMB2001", Error, "Enforce without an audit stage before it");
    public static readonly DiagnosticDescriptor EnforceTooEarly = Rule("SMB2002", Error, "Enforce before the gate's minimum audit days");
    public static readonly DiagnosticDescriptor LaterRingStricter = Rule("SMB2003", Warning, "A later ring is stricter than an earlier one");
    public static readonly DiagnosticDescriptor StageDatesOutOfOrder = Rule("SMB2004", Error, "Stage dates out of order");
    public static readonly DiagnosticDescriptor DateInFuture = Rule("SMB2005", Warning, "Stage dated in the future");
    public static readonly DiagnosticDescriptor SigningWithSmb1 = Rule("SMB2006", Warning, "Signing enforced while SMB1 is still enabled");
    public static readonly DiagnosticDescriptor NoEffectOnSmb2 = Rule("SMB2007", Warning, "Setting has no effect on SMB2 and later");
    public static readonly DiagnosticDescriptor EncryptionImpossible = Rule("SMB2008", Error, "Encryption required where clients cannot encrypt");
    public static readonly DiagnosticDescriptor NoGroupOfSide = Rule("SMB2009", Warning, "Control has no group of its side in the ring");
    public static readonly DiagnosticDescriptor SettingCollides = Rule("SMB2010", Error, "Additional setting collides with a control");
    public static readonly DiagnosticDescriptor UnknownPlaceholder = Rule("SMB2011", Error, "Unknown placeholder in a ticket template");
    public static readonly DiagnosticDescriptor WindowShorterThanInterval = Rule("SMB2012", Warning, "Monitor reads a shorter window than its interval");
    public static readonly DiagnosticDescriptor MonitorSeesNothing = Rule("SMB2013", Warning, "Monitor has nothing to watch in the ring");

    public static readonly DiagnosticDescriptor ExceptionExpired = Rule("SMB3001", Error, "Exception expired");
    public static readonly DiagnosticDescriptor ExceptionExpiresSoon = Rule("SMB3002", Warning, "Exception expires soon");
    public static readonly DiagnosticDescriptor ExceptionUnknownTarget = Rule("SMB3003", Error, "Exception names something unknown");
    public static readonly DiagnosticDescriptor ExceptionNoEffect = Rule("SMB3004", Warning, "Exception does not hold anything back");
    public static readonly DiagnosticDescriptor ExceptionTooLong = Rule("SMB3005", Warning, "Exception runs longer than the policy allows");
    public static readonly DiagnosticDescriptor ExceptionDatesOutOfOrder = Rule("SMB3006", Error, "Exception dates out of order");

    public static readonly DiagnosticDescriptor Unrepresentable = Compile("SMB4001", Error, "A value cannot be written into a generated file");
    public static readonly DiagnosticDescriptor SameOutputName = Compile("SMB4002", Error, "Two names give the same output folder or file");
    public static readonly DiagnosticDescriptor SetTwice = Compile("SMB4003", Error, "A ring sets one registry value twice");

    public static readonly DiagnosticDescriptor NotAGpoBackup = Import("SMB5001", Error, "Not a GPO backup");
    public static readonly DiagnosticDescriptor GpoFileUnreadable = Import("SMB5002", Error, "A file of a GPO backup cannot be read");
    public static readonly DiagnosticDescriptor UserSideOnly = Import("SMB5003", Warning, "A GPO backup has user-side settings only");
    public static readonly DiagnosticDescriptor NearestStage = Import("SMB5004", Warning, "SMB values match no stage exactly");
    public static readonly DiagnosticDescriptor NotCarried = Import("SMB5005", Warning, "A GPO value cannot be carried into the policy");
    public static readonly DiagnosticDescriptor ForeignFiles = Import("SMB5006", Error, "The output folder holds files smbpol did not write");
    public static readonly DiagnosticDescriptor NothingToImport = Import("SMB5007", Error, "Nothing to import, or the AD domain is unknown");

    public static readonly DiagnosticDescriptor Drifted = Drift("SMBDRIFT001", Error, "A live setting differs from the policy");
    public static readonly DiagnosticDescriptor DriftUnknown = Drift("SMBDRIFT002", Warning, "A live setting could not be read");
    public static readonly DiagnosticDescriptor Unmanaged = Drift("SMBDRIFT003", Info, "A host was read that the policy does not manage");
    public static readonly DiagnosticDescriptor DriftInputUnreadable = Drift("SMBDRIFT004", Warning, "Input could not be read");

    /// <summary>Every descriptor above, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalogue)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<DiagnosticDescriptor> Of(DiagnosticStage stage) => All.Where(d => d.Stage == stage);

    private static DiagnosticDescriptor Input(string code, Severity severity, string title) => new(code, severity, title, DiagnosticStage.Input);

    private static DiagnosticDescriptor Rule(string code, Severity severity, string title) => new(code, severity, title, DiagnosticStage.Rules);

    private static DiagnosticDescriptor Compile(string code, Severity severity, string title) => new(code, severity, title, DiagnosticStage.Compile);

    private static DiagnosticDescriptor Import(string code, Severity severity, string title) => new(code, severity, title, DiagnosticStage.Import);

    private static DiagnosticDescriptor Drift(string code, Severity severity, string title) => new(code, severity, title, DiagnosticStage.Drift);
}
