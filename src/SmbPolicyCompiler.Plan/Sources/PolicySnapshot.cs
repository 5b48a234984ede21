using System.Formats.Tar;

namespace SmbPolicyCompiler.Plan.Sources;

/// <summary>
/// A version of the policy repository to plan against: a folder as it is, or a git ref exported with
/// <c>git archive</c> into a temporary folder (the working tree is never touched). Disposing removes the export.
/// </summary>
public sealed class PolicySnapshot : IDisposable
{
    private readonly string? _tempRoot;

    private PolicySnapshot(string folder, string display, string? tempRoot)
    {
        Folder = folder;
        Display = display;
        _tempRoot = tempRoot;
    }

    public string Folder { get; }

    public string Display { get; }

    /// <summary>A folder when <paramref name="source"/> is one; otherwise a git ref, read at the head folder's path in its repository.</summary>
    public static PolicySnapshot Resolve(string source, string headFolder)
    {
        if (Directory.Exists(source) || File.Exists(source))
        {
            return new PolicySnapshot(source, source, null);
        }

        var head = Path.GetFullPath(headFolder);
        if (!Directory.Exists(head))
        {
            throw new PlanInputException($"the head folder '{headFolder}' does not exist");
        }

        var top = Git.Run(head, "rev-parse", "--show-toplevel");
        if (top.ExitCode != 0)
        {
            throw new PlanInputException($"'{source}' is not a folder, and '{headFolder}' is not in a git repository to read it as a ref from ({top.Error})");
        }

        var root = Git.Text(top);
        var relative = Path.GetRelativePath(root, head).Replace('\\', '/');
        if (Git.Run(root, "rev-parse", "--verify", "--quiet", source + "^{commit}").ExitCode != 0)
        {
            throw new PlanInputException($"'{source}' is neither a folder nor a git ref (branch, tag or commit) in {root}; try 'git fetch' or check the name");
        }

        var spec = relative == "." ? source : $"{source}:{relative}";
        if (Git.Run(root, "cat-file", "-e", spec).ExitCode != 0)
        {
            throw new PlanInputException($"'{source}' has no folder '{relative}'; the policy did not exist there yet — pass an empty folder as --base to plan from nothing");
        }

        return Export(root, source, relative);
    }

    private static PolicySnapshot Export(string root, string reference, string relative)
    {
        var archive = relative == "."
            ? Git.Run(root, "archive", "--format=tar", reference)
            : Git.Run(root, "archive", "--format=tar", reference, "--", relative);
        if (archive.ExitCode != 0)
        {
            throw new PlanInputException($"git archive {reference} failed: {archive.Error}");
        }

        var temp = Path.Combine(Path.GetTempPath(), "smbpol-base-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            using var tar = new MemoryStream(archive.Output);
            TarFile.ExtractToDirectory(tar, temp, overwriteFiles: false);
        }
        catch
        {
            Directory.Delete(temp, recursive: true);
            throw;
        }

        return new PolicySnapshot(relative == "." ? temp : Path.Combine(temp, relative), $"{reference}:{relative}", temp);
    }

    public void Dispose()
    {
        if (_tempRoot is not null && Directory.Exists(_tempRoot))
        {
            Directory.Delete(_tempRoot, recursive: true);
        }
    }
}
