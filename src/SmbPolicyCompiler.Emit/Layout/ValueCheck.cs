using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Formats.RegFiles;

namespace SmbPolicyCompiler.Emit.Layout;

/// <summary>
/// Checks, before anything is written, that every policy value the outputs quote can be quoted: names and keys as a
/// PowerShell single-quoted literal and as XML text (the strictest targets); additional-setting data, which may span
/// lines, as the PowerShell expression the scripts write it with and as XML text (gpreport.xml), which carries line
/// breaks and tabs but no other C0 control. The .reg and INF writers fall back to hex and registry.pol.
/// Reports every offending value with its place in the YAML, so one compile shows all of them.
/// </summary>
internal static class ValueCheck
{
    public static void Check(EmitContext context, ICollection<Diagnostic> problems)
    {
        var policy = context.Settings;
        Check(policy.Name, policy.Location, "the policy name", problems);
        Check(policy.GpoNamePrefix, policy.Location, "policy.gpoNamePrefix", problems);
        Check(policy.Domain, policy.Location, "policy.domain", problems);
        foreach (var ring in context.Policy.Rings)
        {
            Check(ring.Name, ring.Definition.Name.Location, "the ring name", problems);
            foreach (var group in context.GroupsOf(ring))
            {
                CheckGroup(context, group, problems);
            }

            foreach (var setting in ring.Definition.AdditionalSettings)
            {
                CheckAdditional(setting, problems);
            }
        }

        foreach (var exception in context.Policy.Exceptions.Where(e => e.Active))
        {
            Check(exception.Id, exception.Definition.Id.Location, "the exception id", problems);
        }
    }

    private static void CheckGroup(EmitContext context, ResolvedGroup group, ICollection<Diagnostic> problems)
    {
        var members = group.Definition.Members;
        foreach (var ou in members.OrganizationalUnits)
        {
            Check(ou.Value, ou.Location, $"the OU of group '{group.Name}'", problems);
        }

        foreach (var adGroup in members.AdGroups)
        {
            Check(adGroup.Value, adGroup.Location, $"the AD group of group '{group.Name}'", problems);
        }

        if (group.Definition.LinkTo is { } linkTo)
        {
            Check(linkTo, group.Definition.Location, $"linkTo of group '{group.Name}'", problems);
        }

        foreach (var host in context.HostsOf(group.Name))
        {
            // One per host (200,000 in a large estate): the description is built only for a name that fails.
            if (QuoteProblem(host.Name) is { } problem)
            {
                problems.Add(EmitDiagnostics.Unrepresentable(host.Membership.Location, $"host name (from {host.Membership.Describe()})", host.Name, problem));
            }
        }
    }

    private static void CheckAdditional(AdditionalSetting setting, ICollection<Diagnostic> problems)
    {
        Check(setting.Registry.Key, setting.Location, "the additional setting key", problems);
        CheckRegKey(setting, problems);
        Check(setting.Registry.ValueName, setting.Location, "the additional setting value name", problems);
        foreach (var text in Strings(setting.Data).Concat(Strings(setting.RollbackData)))
        {
            CheckData(text, setting.Location, $"data of additional setting {setting.Registry}", problems);
        }
    }

    /// <summary>A .reg key line cannot carry every key (']' for one); the registry files must be able to name it.</summary>
    private static void CheckRegKey(AdditionalSetting setting, ICollection<Diagnostic> problems)
    {
        try
        {
            RegFileWriter.Write(new RegFile([RegFileKey.Set(setting.Registry.FullKey)]));
        }
        catch (UnrepresentableValueException error)
        {
            problems.Add(EmitDiagnostics.Unrepresentable(setting.Location, "the additional setting key", setting.Registry.Key, error.Problem));
        }
    }

    private static IEnumerable<string> Strings(object? data) => data switch
    {
        string text => [text],
        string[] items => items,
        _ => [],
    };

    private static void Check(string value, SourceLocation at, string what, ICollection<Diagnostic> problems)
    {
        if (QuoteProblem(value) is { } problem)
        {
            problems.Add(EmitDiagnostics.Unrepresentable(at, what, value, problem));
        }
    }

    /// <summary>Why <paramref name="value"/> cannot be a PowerShell single-quoted literal or XML text, or null when it can.</summary>
    private static string? QuoteProblem(string value)
    {
        try
        {
            Escape.PowerShellSingleQuoted(value);
            Escape.XmlText(value);
            return null;
        }
        catch (UnrepresentableValueException error)
        {
            return error.Problem;
        }
    }

    private static void CheckData(string value, SourceLocation at, string what, ICollection<Diagnostic> problems) =>
        Try(() =>
        {
            Escape.PowerShellExpression(value);
            try
            {
                Escape.XmlText(value);
            }
            catch (UnrepresentableValueException error)
            {
                throw new UnrepresentableValueException(error.Target, "the GPO backup's settings report (gpreport.xml) is XML: " + error.Problem);
            }
        }, value, at, what, problems);

    private static void Try(Action quote, string value, SourceLocation at, string what, ICollection<Diagnostic> problems)
    {
        try
        {
            quote();
        }
        catch (UnrepresentableValueException error)
        {
            problems.Add(EmitDiagnostics.Unrepresentable(at, what, value, error.Problem));
        }
    }
}
