using Spectre.Console;

namespace SmbPolicyCompiler.Cli.Output;

/// <summary>
/// The one progress display of every long command (drift's sources, readiness' event files): Spectre.Console bars
/// on stderr, one per line of work, shown whenever stderr is a terminal — also when stdout is redirected to a file —
/// and not at all otherwise. Updates may come from several threads; a bar never moves backwards.
/// </summary>
internal sealed class ProgressDisplay
{
    private readonly ProgressContext _context;
    private readonly Dictionary<string, ProgressTask> _bars = new(StringComparer.Ordinal);

    private ProgressDisplay(ProgressContext context) => _context = context;

    /// <summary>Runs <paramref name="work"/> with a display on stderr when it is a terminal, and with none (null) otherwise.</summary>
    public static async Task<T> RunAsync<T>(CliConsole console, Func<ProgressDisplay?, Task<T>> work)
    {
        if (!console.ErrorIsTerminal)
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
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => work(new ProgressDisplay(context)))
            .ConfigureAwait(false);
    }

    /// <summary>The same for work that runs on the calling thread.</summary>
    public static T Run<T>(CliConsole console, Func<ProgressDisplay?, T> work) =>
        RunAsync(console, display => Task.FromResult(work(display))).GetAwaiter().GetResult();

    /// <summary>Moves the bar <paramref name="key"/> (made on first use) to <paramref name="done"/> of <paramref name="total"/>, with its text.</summary>
    public void Update(string key, string description, double done, double total)
    {
        lock (_bars)
        {
            if (!_bars.TryGetValue(key, out var bar))
            {
                _bars[key] = bar = _context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total));
            }

            bar.MaxValue = Math.Max(1, total);
            if (done >= bar.Value)
            {
                bar.Value = done;
                bar.Description = Markup.Escape(description);
            }
        }
    }
}
