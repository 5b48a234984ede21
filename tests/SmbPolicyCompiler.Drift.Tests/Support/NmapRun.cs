using System.Diagnostics;
using System.Xml.Linq;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>
/// Runs nmap's smb2-security-mode script (or, for SMB1, smb-security-mode) against addresses that all listen on one
/// port. The scripts probe one SMB port per host, chosen with the script argument smbport; "-p" must list the same
/// port so nmap sees it open.
/// </summary>
public sealed record NmapRun(string CommandLine, TimeSpan Elapsed, IReadOnlyList<NmapSmb2Verdict> Verdicts)
{
    public static IReadOnlyList<string> DefaultOptions { get; } = ["-Pn", "-n"];

    public NmapSmb2Verdict For(string address) =>
        Verdicts.FirstOrDefault(v => v.Address == address) ?? new NmapSmb2Verdict(address, null);

    public static async Task<NmapRun> Smb2SecurityModeAsync(
        IReadOnlyCollection<string> addresses, int port, IEnumerable<string>? options = null, CancellationToken cancellation = default)
    {
        var (commandLine, elapsed, xml) = await RunScriptAsync("smb2-security-mode", addresses, port, options, cancellation).ConfigureAwait(false);
        return new NmapRun(commandLine, elapsed, Parse(xml));
    }

    /// <summary>
    /// nmap's smb-security-mode (the SMB1 negotiate) for one address: its message_signing value ("required", "supported",
    /// "disabled"), or null when the script printed none; and the command line, for messages.
    /// </summary>
    public static async Task<(string? MessageSigning, string CommandLine)> SmbSecurityModeAsync(string address, int port, CancellationToken cancellation = default)
    {
        var (commandLine, _, xml) = await RunScriptAsync("smb-security-mode", [address], port, null, cancellation).ConfigureAwait(false);
        var signing = XDocument.Parse(xml).Descendants("script")
            .Where(s => (string?)s.Attribute("id") == "smb-security-mode")
            .Elements("elem")
            .FirstOrDefault(e => (string?)e.Attribute("key") == "message_signing")?.Value.Trim();
        return (signing, commandLine);
    }

    private static async Task<(string CommandLine, TimeSpan Elapsed, string Xml)> RunScriptAsync(
        string script, IReadOnlyCollection<string> addresses, int port, IEnumerable<string>? options, CancellationToken cancellation)
    {
        var nmap = RequiredTool.Nmap;
        var targets = Path.Combine(Path.GetTempPath(), $"smbpol-nmap-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(targets, addresses, cancellation).ConfigureAwait(false);
        try
        {
            string[] arguments =
            [
                .. options ?? DefaultOptions,
                "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--script", script,
                "--script-args", $"smbport={port}",
                "-oX", "-",
                "-iL", targets,
            ];
            var start = new ProcessStartInfo(nmap) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("nmap did not start");
            var output = process.StandardOutput.ReadToEndAsync(cancellation);
            var errors = process.StandardError.ReadToEndAsync(cancellation);
            await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
            clock.Stop();
            var commandLine = "nmap " + string.Join(' ', arguments.Select(a => a == targets ? "<addresses>" : a));
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{commandLine} exited with {process.ExitCode}: {await errors.ConfigureAwait(false)}");
            }

            return (commandLine, clock.Elapsed, await output.ConfigureAwait(false));
        }
        finally
        {
            File.Delete(targets);
        }
    }

    /// <summary>Reads the verdicts from nmap's XML output (hostscript/script[@id=smb2-security-mode]/table/elem).</summary>
    public static IReadOnlyList<NmapSmb2Verdict> Parse(string xml)
    {
        var document = XDocument.Parse(xml);
        return document.Root!.Elements("host")
            .Select(host => new NmapSmb2Verdict(
                (string?)host.Elements("address").FirstOrDefault()?.Attribute("addr") ?? "",
                host.Element("hostscript")?.Elements("script")
                    .Where(s => (string?)s.Attribute("id") == "smb2-security-mode")
                    .Descendants("elem")
                    .Select(e => e.Value.Trim())
                    .FirstOrDefault()))
            .ToList();
    }
}
