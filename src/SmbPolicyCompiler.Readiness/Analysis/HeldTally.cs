using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>The evidence at one ring host an exception holds back: listed apart, never counted against the ring.</summary>
internal sealed class HeldTally(ResolvedHost host, string control)
{
    private readonly SortedSet<string> _clients = new(StringComparer.Ordinal);
    private long _evidence;

    public void Add(NetworkName client, long evidence)
    {
        if (evidence > 0)
        {
            _clients.Add(client.Value);
            _evidence += evidence;
        }
    }

    public HeldBackHost Build()
    {
        var effective = host.Control(control)!;
        return new HeldBackHost(host.Name, effective.ExceptionId!, effective.Stage.Name, [.. _clients], _evidence);
    }
}
