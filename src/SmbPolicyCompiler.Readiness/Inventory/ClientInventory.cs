using SmbPolicyCompiler.Readiness.Events;

namespace SmbPolicyCompiler.Readiness.Inventory;

/// <summary>
/// The client inventory (host name or IP → owner, device type, location), looked up with the names audit events
/// carry: exact name or address, else the short name (WS-0042 matches ws-0042.contoso.com and the other way round).
/// </summary>
public sealed class ClientInventory
{
    private readonly Dictionary<NetworkName, InventoryClient> _exact = [];
    private readonly Dictionary<string, InventoryClient?> _byShortName = new(StringComparer.Ordinal);

    public ClientInventory(string path, IReadOnlyList<InventoryClient> clients, IReadOnlyList<string> warnings)
    {
        Path = path;
        Clients = clients;
        Warnings = warnings;
        foreach (var client in clients)
        {
            foreach (var name in NamesOf(client))
            {
                _exact.TryAdd(name, client);
                if (name.Kind == NetworkNameKind.Name)
                {
                    var shortName = name.ShortName;
                    if (_byShortName.TryGetValue(shortName, out var existing) && !ReferenceEquals(existing, client))
                    {
                        _byShortName[shortName] = null;
                    }
                    else
                    {
                        _byShortName[shortName] = client;
                    }
                }
            }
        }
    }

    /// <summary>The file as given.</summary>
    public string Path { get; }

    public IReadOnlyList<InventoryClient> Clients { get; }

    /// <summary>Rows that were skipped or questionable, as "file(line): message".</summary>
    public IReadOnlyList<string> Warnings { get; }

    public InventoryClient? Find(NetworkName name)
    {
        if (_exact.TryGetValue(name, out var client))
        {
            return client;
        }

        return name.Kind == NetworkNameKind.Name && _byShortName.TryGetValue(name.ShortName, out var byShort) ? byShort : null;
    }

    internal static IEnumerable<NetworkName> NamesOf(InventoryClient client)
    {
        if (NetworkName.Parse(client.Name) is { } name)
        {
            yield return name;
        }

        if (NetworkName.Parse(client.Address) is { } address)
        {
            yield return address;
        }
    }
}
