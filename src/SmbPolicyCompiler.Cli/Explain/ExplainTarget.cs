using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Schema;

namespace SmbPolicyCompiler.Cli.Explain;

/// <summary>What a name on the explain command line refers to: a ring, a group or a host (checked in that order).</summary>
internal abstract record ExplainTarget
{
    public sealed record Ring(ResolvedRing Value) : ExplainTarget;

    public sealed record Group(ResolvedGroup Value) : ExplainTarget;

    public sealed record Host(ResolvedHost Value) : ExplainTarget;

    public static ExplainTarget? Find(ResolvedPolicy policy, string name, string? kind) => kind switch
    {
        "ring" => policy.Ring(name) is { } r ? new Ring(r) : null,
        "group" => policy.Group(name) is { } g ? new Group(g) : null,
        "host" => policy.Host(name) is { } h ? new Host(h) : null,
        _ => Find(policy, name, "ring") ?? Find(policy, name, "group") ?? Find(policy, name, "host"),
    };

    public static string? Suggest(ResolvedPolicy policy, string name) => NameSuggester.Suggest(name,
        policy.Rings.Select(r => r.Name).Concat(policy.Groups.Select(g => g.Name)).Concat(policy.Hosts.Select(h => h.Name)));
}
