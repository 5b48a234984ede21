using System.CommandLine;

namespace SmbPolicyCompiler.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("smbpol: compiles SMB hardening rollout rings to Group Policy, scripts and reports.");
        return root.Parse(args).Invoke();
    }
}
