using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>
/// A real Samba smbd on a free loopback port with its own smb.conf and folders, started in the foreground,
/// ready when it accepts TCP connections, killed (with its children) on dispose.
/// </summary>
public sealed class SmbdServer : IDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(30);
    private readonly Process process;
    private readonly StringBuilder console;

    private SmbdServer(SmbdConfig config, string root, int port, Process process, StringBuilder console)
    {
        Config = config;
        Root = root;
        Port = port;
        this.process = process;
        this.console = console;
    }

    public SmbdConfig Config { get; }

    public string Root { get; }

    public int Port { get; }

    public HostTarget Target => new(Config.Address.ToString(), Port);

    public string LogPath => Path.Combine(Root, "log", "smbd.log");

    public static Task<SmbdServer> StartAsync(SmbdConfig config) => StartAsync(config, port: 0);

    /// <summary>Starts smbd on <paramref name="port"/>, or on a free port when it is 0 (trying another if that one is taken meanwhile).</summary>
    public static async Task<SmbdServer> StartAsync(SmbdConfig config, int port)
    {
        var smbd = RequiredTool.Smbd;
        for (var attempt = 1; ; attempt++)
        {
            var root = Path.Combine(Path.GetTempPath(), $"smbpol-smbd-{Guid.NewGuid():N}");
            var chosen = port != 0 ? port : FreePort.On(config.Address);
            var server = Launch(smbd, config, root, chosen);
            var failure = await server.WaitUntilReadyAsync().ConfigureAwait(false);
            if (failure is null)
            {
                return server;
            }

            var log = server.DescribeLogs();
            server.Dispose();
            var portTaken = log.Contains("Address already in use", StringComparison.Ordinal);
            if (!portTaken || port != 0 || attempt == 3)
            {
                throw new InvalidOperationException($"smbd did not start ({config}, port {chosen}): {failure}{Environment.NewLine}{log}");
            }
        }
    }

    /// <summary>The smbd log and console output, for assertion messages.</summary>
    public string DescribeLogs()
    {
        var log = File.Exists(LogPath) ? File.ReadAllText(LogPath) : "(no log file was written)";
        string output;
        lock (console)
        {
            output = console.ToString();
        }

        return $"--- {LogPath} ---{Environment.NewLine}{Tail(log)}{Environment.NewLine}--- smbd console ---{Environment.NewLine}{Tail(output)}";
    }

    public void Dispose()
    {
        ChildProcesses.Kill(process);
        process.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child that is still exiting may hold a file; the folder is under the temp directory.
        }
    }

    private static SmbdServer Launch(string smbd, SmbdConfig config, string root, int port)
    {
        foreach (var folder in SmbdConfig.Folders)
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        var configPath = Path.Combine(root, "smb.conf");
        File.WriteAllText(configPath, config.Render(root, port));
        var start = new ProcessStartInfo(smbd)
        {
            ArgumentList = { "--foreground", "--configfile=" + configPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var console = new StringBuilder();
        var process = new Process { StartInfo = start };
        DataReceivedEventHandler capture = (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (console)
                {
                    console.AppendLine(line.Data);
                }
            }
        };
        process.OutputDataReceived += capture;
        process.ErrorDataReceived += capture;
        process.Start();
        ChildProcesses.Track(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SmbdServer(config, root, port, process, console);
    }

    private async Task<string?> WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartupLimit)
        {
            if (process.HasExited)
            {
                var hint = Environment.UserName == "root" ? "" : " (smbd normally needs root; run the tests as root)";
                return $"smbd exited with code {process.ExitCode}{hint}";
            }

            if (await AcceptsConnectionAsync().ConfigureAwait(false))
            {
                return null;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        return $"smbd did not accept connections on {Config.Address}:{Port} within {StartupLimit.TotalSeconds} s";
    }

    private async Task<bool> AcceptsConnectionAsync()
    {
        using var socket = new Socket(Config.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await socket.ConnectAsync(new IPEndPoint(Config.Address, Port), limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (error is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static string Tail(string text, int max = 6000) => text.Length <= max ? text : "..." + text[^max..];
}
