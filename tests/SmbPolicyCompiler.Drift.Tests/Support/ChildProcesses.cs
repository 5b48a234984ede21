using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Stops the process trees the harness started, also when the test host exits without disposing them.</summary>
public static class ChildProcesses
{
    private const int SigTerm = 15;
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(5);
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    static ChildProcesses()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
            {
                KillTree(process);
            }
        };
    }

    public static void Track(Process process) => Running[process.Id] = process;

    /// <summary>
    /// SIGTERM first, so a daemon like smbd stops and reaps its own children; the whole tree is killed if it
    /// has not exited after a grace period.
    /// </summary>
    public static void Stop(Process process)
    {
        Running.TryRemove(process.Id, out _);
        if (process.HasExited)
        {
            return;
        }

        if (OperatingSystem.IsLinux() && Kill(process.Id, SigTerm) == 0 && process.WaitForExit(GracePeriod))
        {
            return;
        }

        KillTree(process);
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
