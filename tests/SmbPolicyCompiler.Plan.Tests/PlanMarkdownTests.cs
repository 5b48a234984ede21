using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Plan.Diff;
using SmbPolicyCompiler.Plan.Model;
using SmbPolicyCompiler.Plan.Output;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Plan.Tests;

/// <summary>What a reviewer reads in the pull-request comment: reasons, counts that agree, each name once, problems shown.</summary>
public sealed class PlanMarkdownTests : IDisposable
{
    private readonly TempFolder _events = new("smbpol-plan-md");

    private static string Markdown(RolloutPlan plan)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new PlanMarkdown().Write(writer, plan);
        return writer.ToString();
    }

    [Fact]
    public void Markdown_ExceptionChange_ShowsWhyTheExceptionExists()
    {
        var markdown = Markdown(PlanCases.Build("exceptions-changed"));

        markdown.Should().Contain("Scan-to-folder devices on floor 2 still speak SMB1 to the print servers.");
        markdown.Should().Contain("Konica scan-to-folder devices (firmware 4.x) on floor 3 cannot sign; replacements are ordered.");
    }

    [Fact]
    public void Markdown_GeneratedFilesSummary_CountsWhatTheHeadlineCounts()
    {
        var plan = PlanCases.Build("group-moved");
        var markdown = Markdown(plan);

        var headline = Regex.Match(markdown, @"(\d+) generated settings/script file\(s\) change").Groups[1].Value;
        headline.Should().Be("6", "the two import scripts and the monitors of both rings, which name the moved hosts");
        markdown.Should().MatchRegex(@"<summary>Generated files: 6 settings/script file\(s\)[^<]*</summary>");
        markdown.Should().NotContain("<summary>Generated files (3)</summary>");
    }

    [Fact]
    public void Markdown_NotReadyRisk_NamesEachBlockingClientOnce()
    {
        var plan = BuildWithEvents(("fs-chi-02.xml", Event3021("scanner-07")));

        var risk = Markdown(plan).Split('\n').Single(l => l.StartsWith("- broad: serverSigning is not ready", StringComparison.Ordinal));

        Regex.Matches(risk, "scanner-07").Should().HaveCount(1, risk);
    }

    [Fact]
    public void Markdown_EventsFolderWithANonEventFile_ShowsEveryProblemItMentions()
    {
        var plan = BuildWithEvents(
            ("fs-chi-02.xml", Event3021("scanner-07")),
            ("notes.txt", "these are my notes, not events\n"),
            ("other.json", "{\"not\": \"an event\"}\n"));

        var markdown = Markdown(plan);

        markdown.Should().Contain("notes.txt").And.Contain("other.json");
        markdown.Should().Contain("other.json(1): record 1 skipped: the JSON object has neither Id (Get-WinEvent)");
        plan.ReadinessProblems.Should().HaveCount(2);
    }

    private RolloutPlan BuildWithEvents(params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            _events.Write(name, text);
        }

        var head = PolicyLoader.Load(Path.Combine(PlanCases.Root, "promote-broad-signing", "head"), PlanCases.AsOf).Resolved!;
        var before = PolicyLoader.Load(Path.Combine(PlanCases.Root, "promote-broad-signing", "base"), PlanCases.AsOf).Resolved!;
        var evidence = PlanEvidence.Read(head, PlanCases.AsOf, [_events.Path]);
        return PlanBuilder.Build(before, head, "base", "head", PlanCases.AsOf, evidence, compareArtifacts: false);
    }

    private static string Event3021(string client) => $$"""
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-SMBServer" Guid="{d48ce617-33a2-4bc3-a5c7-11aa4f29619e}"/><EventID>3021</EventID><Version>1</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x0</Keywords><TimeCreated SystemTime="2026-11-10T08:00:00.0000000Z"/><EventRecordID>101</EventRecordID><Channel>Microsoft-Windows-SMBServer/Audit</Channel><Computer>FS-CHI-02.corp.contoso.com</Computer></System><EventData><Data Name="ClientNameLength">12</Data><Data Name="ClientName">\\{{client}}</Data><Data Name="UserNameLength">8</Data><Data Name="UserName">CORP\svc</Data><Data Name="ServerRequiresSigning">false</Data></EventData></Event>

        """;

    public void Dispose() => _events.Dispose();
}
