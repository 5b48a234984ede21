namespace SmbPolicyCompiler.TestSupport;

/// <summary>Finds folders of the repository and of the shared reference material from a test's working directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Policies => Path.Combine(Root, "policies");

    public static string Generated => Path.Combine(Root, "generated");

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>The shared reference folder (../shared from the repository root).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A folder under tests/ (for case folders and golden files kept beside the tests).</summary>
    public static string Tests(params string[] parts) => Path.Combine([Root, "tests", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmbPolicyCompiler.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SmbPolicyCompiler.sln not found above " + AppContext.BaseDirectory);
    }
}
