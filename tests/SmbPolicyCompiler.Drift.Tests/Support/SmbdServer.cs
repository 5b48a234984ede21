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
    private readonly Process _process;
    private readonly StringBuilder _log;

    private SmbdServer(SmbdConfig config, string root, int port, Process process, StringBuilder log)
    {
        Config = config;
        Root = root;
        Port = port;
        _process = process;
        _log = log;
    }

    public SmbdConfig Config { get; }

    public string Root { get; }

    public int Port { get; }

    public HostTarget Target => new(Config.Address.ToString(), Port);

    public string ConfigPath => Path.Combine(Root, "smb.conf");

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

            var logs = server.DescribeLogs();
            server.Dispose();
            var portTaken = logs.Contains("Address already in use", StringComparison.Ordinal);
            if (!portTaken || port != 0 || attempt == 3)
            {
                throw new InvalidOperationException($"smbd did not start ({config}, port {chosen}): {failure}{Environment.NewLine}{logs}");
            }
        }
    }

    /// <summary>smbd's log (it logs to its standard output here) and its smb.conf, for assertion messages.</summary>
    public string DescribeLogs()
    {
        string output;
        lock (_log)
        {
            output = _log.Length == 0 ? "(smbd wrote nothing)" : _log.ToString();
        }

        var config = File.Exists(ConfigPath) ? File.ReadAllText(ConfigPath) : "(missing)";
        return $"--- smbd log ---{Environment.NewLine}{Tail(output)}{Environment.NewLine}--- {ConfigPath} ---{Environment.NewLine}{config}";
    }

    public void Dispose()
    {
        ChildProcesses.Stop(_process);
        _process.Dispose();
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
            ArgumentList = { "--foreground", "--debug-stdout", "--configfile=" + configPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var log = new StringBuilder();
        var process = new Process { StartInfo = start };
        DataReceivedEventHandler capture = (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (log)
                {
                    log.AppendLine(line.Data);
                }
            }
        };
        process.OutputDataReceived += capture;
        process.ErrorDataReceived += capture;
        process.Start();
        ChildProcesses.Track(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SmbdServer(config, root, port, process, log);
    }

    private async Task<string?> WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartupLimit)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                var hint = Environment.UserName == "root" ? "" : " (smbd normally needs root; run the tests as root)";
                return $"smbd exited with code {_process.ExitCode}{hint}";
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
