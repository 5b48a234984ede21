namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Finds an external program the tests need, or fails saying which Debian package provides it.</summary>
public static class RequiredTool
{
    public const string InstallCommand = "apt-get install -y samba nmap";

    private static readonly string[] ExtraFolders = ["/usr/sbin", "/sbin", "/usr/local/sbin"];

    public static string Smbd => Locate("smbd", "samba");

    public static string Nmap => Locate("nmap", "nmap");

    public static string Testparm => Locate("testparm", "samba-common-bin");

    public static string Locate(string program, string debianPackage)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var folders = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(ExtraFolders);
        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"'{program}' is not installed (looked in PATH and {string.Join(", ", ExtraFolders)}). " +
            $"The wire-probe tests run it for real; install the Debian package '{debianPackage}': {InstallCommand}");
    }
}
