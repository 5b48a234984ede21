using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Text;

namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>The messages of <c>import gpo</c>'s and <c>init</c>'s diagnostics (SMB5xxx): each names the file and the fix.</summary>
internal static class ImportDiagnostics
{
    public static Diagnostic NotABackup(string path) =>
        DiagnosticCatalogue.NotAGpoBackup.At(SourceLocation.File(path),
            "no GPMC backup here (no folder with a Backup.xml or bkupInfo.xml at or below it); point import at a folder made by Backup-GPO or the Group Policy Management Console.");

    public static Diagnostic Unreadable(string path, string problem) =>
        DiagnosticCatalogue.GpoFileUnreadable.At(SourceLocation.File(path), $"cannot be read: {problem} Back the GPO up again, or leave this backup out.");

    public static Diagnostic UserSideOnly(string folder, string gpo) =>
        DiagnosticCatalogue.UserSideOnly.At(SourceLocation.File(folder),
            $"GPO '{gpo}' has user-side settings only; SMB hardening is computer configuration, so nothing of it is imported.");

    public static Diagnostic NearestStage(string file, string gpo, string control, string stage, string differences) =>
        DiagnosticCatalogue.NearestStage.At(SourceLocation.File(file),
            $"GPO '{gpo}': the {control} values match no stage exactly; imported as the nearest, '{stage}' ({differences}). Check the stage in the policy before compiling.");

    public static Diagnostic DirectiveNotCarried(string file, string key, string valueName) =>
        DiagnosticCatalogue.NotCarried.At(SourceLocation.File(file),
            $"'{valueName}' under {key} is a registry.pol directive the policy language does not carry (only **del. and **delvals. are); it is not imported. Apply it by hand or with a script if you still need it.");

    public static Diagnostic TypeNotCarried(string file, string location, string type) =>
        DiagnosticCatalogue.NotCarried.At(SourceLocation.File(file),
            $"{location} is a {type} value, which additional settings cannot hold; it is not imported.");

    public static Diagnostic ForeignFiles(string folder, string file) =>
        DiagnosticCatalogue.ForeignFiles.At(SourceLocation.File(file),
            $"'{folder}' holds a file smbpol did not write; choose an empty or new folder (or one an earlier import or init wrote).");

    public static Diagnostic NothingToImport(string path) =>
        DiagnosticCatalogue.NothingToImport.At(SourceLocation.File(path),
            "no backup here has computer-side registry values (registry.pol or GptTmpl.inf [Registry Values]); there is nothing to import.");

    public static Diagnostic NoDomain(string path) =>
        DiagnosticCatalogue.NothingToImport.At(SourceLocation.File(path),
            "the AD domain is not named here (no GPODomain in bkupInfo.xml, no DC= in the inventory's DistinguishedName); give it with --domain corp.example.com.");

    public static Diagnostic EmptyInventory(string path) =>
        DiagnosticCatalogue.NothingToImport.At(SourceLocation.File(path),
            "the inventory lists no computers; export it with Get-ADComputer (see docs/policy-language.md) and run init again.");
}
