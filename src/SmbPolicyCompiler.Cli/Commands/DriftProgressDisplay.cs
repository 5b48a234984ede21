using Spectre.Console;
using SmbPolicyCompiler.Drift.Sources;

namespace SmbPolicyCompiler.Cli.Commands;

/// <summary>
/// A live progress bar per source on stderr while hosts are probed or files read — only on a terminal; when
/// output is redirected the work runs without any display.
/// </summary>
public static class DriftProgressDisplay
{
    public static async Task<T> RunAsync<T>(CliConsole console, Func<IProgress<SourceProgress>?, Task<T>> work)
    {
        if (!console.IsTerminal)
        {
            return await work(null).ConfigureAwait(false);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Interactive = InteractionSupport.Yes,
        });
        return await terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => work(new Bars(context)))
            .ConfigureAwait(false);
    }

    private sealed class Bars(ProgressContext context) : IProgress<SourceProgress>
    {
        private readonly Dictionary<string, ProgressTask> tasks = new(StringComparer.Ordinal);

        public void Report(SourceProgress value)
        {
            lock (tasks)
            {
                if (!tasks.TryGetValue(value.Source, out var task))
                {
                    tasks[value.Source] = task = context.AddTask(value.Source, maxValue: Math.Max(1, value.Total));
                }

                if (value.Completed >= task.Value)
                {
                    task.Value = value.Completed;
                    task.Description = Markup.Escape($"{value.Source}: {value.Completed}/{value.Total}, {value.Failed} failed, last {value.Latest}");
                }
            }
        }
    }
}
