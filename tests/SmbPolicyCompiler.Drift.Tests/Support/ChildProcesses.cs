using System.Collections.Concurrent;
using System.Diagnostics;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Kills the process trees the harness started, also when the test host exits without disposing them.</summary>
public static class ChildProcesses
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    static ChildProcesses()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
            {
                Kill(process);
            }
        };
    }

    public static void Track(Process process) => Running[process.Id] = process;

    public static void Kill(Process process)
    {
        Running.TryRemove(process.Id, out _);
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }
}
