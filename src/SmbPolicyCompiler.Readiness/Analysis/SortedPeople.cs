using SmbPolicyCompiler.Readiness.Aggregation;

namespace SmbPolicyCompiler.Readiness.Analysis;

/// <summary>
/// Each client's users and SPNs sorted ordinally, sorted once: a client's lists appear in its summary and in its
/// blocking entry of every control it blocks, and one list instance serves them all. Read-only once built.
/// </summary>
internal sealed class SortedPeople
{
    private readonly IReadOnlyList<string>?[] _users;
    private readonly IReadOnlyList<string>?[] _spns;

    public SortedPeople(IEnumerable<ClientTally> clients, int names)
    {
        _users = new IReadOnlyList<string>?[names];
        _spns = new IReadOnlyList<string>?[names];
        foreach (var client in clients)
        {
            _users[client.Id] = client.Users.Sorted();
            _spns[client.Id] = client.Spns.Sorted();
        }
    }

    public IReadOnlyList<string> Users(ClientTally client) => _users[client.Id] ?? throw Unknown(client);

    public IReadOnlyList<string> Spns(ClientTally client) => _spns[client.Id] ?? throw Unknown(client);

    private static InvalidOperationException Unknown(ClientTally client) => new($"client '{client.Name.Value}' was added after the sorted lists were built");
}
