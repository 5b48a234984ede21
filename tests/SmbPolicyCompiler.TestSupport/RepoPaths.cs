namespace SmbPolicyCompiler.TestSupport;

/// <summary>Finds folders of the repository from a test's working directory. Tests read nothing outside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Policies => Path.Combine(Root, "policies");

    public static string Generated => Path.Combine(Root, "generated");

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Docs => Path.Combine(Root, "docs");

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
