using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Emit.Layout;
using SmbPolicyCompiler.Emit.PowerShell;
using SmbPolicyCompiler.Emit.Readme;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Emit.Monitors;

/// <summary>
/// The ring's monitors/README.md for an RMM admin: how to wire each script (check type, interval, comparator, alert
/// template), its ticket text, an example ticket, Task Scheduler. A Scriban template (Templates/README.md.scriban)
/// filled with the policy's values; every value from the policy is Markdown-escaped (or fenced) here, not there.
/// </summary>
internal static class MonitorReadme
{
    private static readonly Lazy<Template> Layout = new(Load);

    public static GeneratedFile Write(RingLayout ring, IReadOnlyList<MonitorFacts> monitors)
    {
        var model = new ScriptObject
        {
            ["marker"] = GeneratedReadme.Marker,
            ["ring"] = Escape.Markdown(ring.Name),
            ["policy"] = Escape.Markdown(monitors[0].PolicyName),
            ["groups"] = string.Join(", ", ring.Ring.Groups.Select(Escape.Markdown)),
            ["folder"] = ring.Folder,
            ["task_path"] = InstallScriptWriter.TaskPath,
            ["source"] = MonitorFacts.EventSource,
            ["monitors"] = monitors.Select(Monitor).ToList(),
            ["placeholders"] = TicketPlaceholders.All.Select(p => new ScriptObject
            {
                ["token"] = p.Token,
                ["when"] = p.AtRun ? "when the script runs" : "at compile time",
                ["meaning"] = Escape.Markdown(p.Meaning),
            }).ToList(),
        };
        var context = new TemplateContext(model) { StrictVariables = true };
        var text = Layout.Value.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        return new GeneratedFile($"{ring.Folder}/monitors/README.md", Encoding.UTF8.GetBytes(text));
    }

    private static ScriptObject Monitor(MonitorFacts facts)
    {
        var monitor = facts.Monitor;
        var smb1 = monitor.Kind == MonitorKind.Smb1Traffic;
        var threshold = monitor.Threshold.ToString(CultureInfo.InvariantCulture);
        return new ScriptObject
        {
            ["file"] = facts.FileName,
            ["checks"] = smb1
                ? $"event {AuditEvents.Smb1Access.Id} (a client used SMB1); turns SMB1 access auditing on if it is off"
                : $"events {string.Join(", ", facts.Events.Select(e => e.Id))} per client ({Escape.Markdown(facts.ControlText)})",
            ["interval_seconds"] = ((long)monitor.Interval.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            ["interval_words"] = Durations.Words(monitor.Interval),
            ["window_words"] = Durations.Words(monitor.Window),
            ["fails_when"] = smb1
                ? $"more than {threshold} events"
                : $"a client has more than {threshold} events of 3021 and 3024 together, or any 3027",
            ["description"] = smb1
                ? "Finds where SMB1 is still used before the ring disables it. It turns SMB1 access auditing on if it is off " +
                  "(the first run says so and exits 0), then reads event 3000 of the window. Where the policy has already disabled " +
                  "SMB1, a hit is an incident (something still tries SMB1), and the ticket says so at high priority."
                : "The rollout guidance's daily rule: every client with more than the threshold of \"cannot sign\" (3021) and " +
                  "\"sent no SPN\" (3024) events, every client that cannot sign over SMB1 (3027, high priority, even below the threshold), " +
                  "with the SPNs it sent (3024 none, 3025 the unrecognised name, 3026 empty) and the users (3021). On the same events " +
                  "of one server and one UTC day, `smbpol readiness` names the same clients in its daily alerts (3027 clients apart); " +
                  "readiness also adds up a client's events over every server.",
            ["subject"] = Fenced(monitor.Subject.Text),
            ["body"] = Fenced(monitor.Body.Text),
            ["example"] = Fenced(TicketText.Render(monitor.Subject, ExampleValues(facts)) + "\n" + TicketText.Render(monitor.Body, ExampleValues(facts))),
        };
    }

    private static Dictionary<string, string> ExampleValues(MonitorFacts facts)
    {
        var values = new Dictionary<string, string>(facts.CompileValues, StringComparer.Ordinal)
        {
            [TicketPlaceholders.ComputerName.Name] = "FS01",
            [TicketPlaceholders.ClientName.Name] = "10.20.30.40",
            [TicketPlaceholders.Clients.Name] = "1 client",
            [TicketPlaceholders.Count.Name] = "7",
            [TicketPlaceholders.Events.Name] = "7 events",
            [TicketPlaceholders.FirstSeen.Name] = "2026-11-20 08:02:11Z",
            [TicketPlaceholders.LastSeen.Name] = "2026-11-20 16:40:05Z",
            [TicketPlaceholders.Group.Name] = facts.Ring.Ring.Groups.FirstOrDefault() ?? facts.Ring.Name,
        };
        if (facts.Monitor.Kind == MonitorKind.Smb1Traffic)
        {
            var (priority, line) = Smb1Meaning.Of(facts.Ring.Ring);
            values[TicketPlaceholders.Priority.Name] = priority;
            values[TicketPlaceholders.Result.Name] = line + "\n10.20.30.40: 7 events, first 2026-11-20 08:02:11Z, last 2026-11-20 16:40:05Z";
        }
        else
        {
            values[TicketPlaceholders.Priority.Name] = "normal";
            values[TicketPlaceholders.Result.Name] = "10.20.30.40: 7 events (3021: 4, 3024: 3), first 2026-11-20 08:02:11Z, last 2026-11-20 16:40:05Z; users: corp\\svc-scan; SPN sent: none (3024)";
        }

        return values;
    }

    /// <summary>A fenced block whose fence is longer than any run of backticks in the text, so the text stays text.</summary>
    private static string Fenced(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        var printable = new string([.. text.Select(c => c != '\n' && char.IsControl(c) ? ' ' : c)]);
        return $"{fence}text\n{printable}\n{fence}";
    }

    private static Template Load()
    {
        const string name = "README.md.scriban";
        var template = Template.Parse(Templates.Read(name), name);
        return template.HasErrors ? throw new InvalidOperationException($"{name}: {string.Join("; ", template.Messages)}") : template;
    }
}
