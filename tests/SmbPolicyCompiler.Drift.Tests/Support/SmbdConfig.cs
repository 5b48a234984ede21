using System.Net;
using System.Text;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>
/// The smb.conf knobs the tests turn. Null means "leave Samba's default" (the line is not written).
/// </summary>
public sealed record SmbdConfig
{
    /// <summary>"mandatory", "auto", "default", "disabled"...</summary>
    public string? ServerSigning { get; init; }

    /// <summary>"NT1", "SMB2_02", "SMB3_11"...</summary>
    public string? MinProtocol { get; init; }

    public string? MaxProtocol { get; init; }

    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>An smb.conf fragment included at the end of [global] (after the lines above, so it overrides them).</summary>
    public string? Include { get; init; }

    public override string ToString() =>
        $"server signing = {ServerSigning ?? "(default)"}, server min protocol = {MinProtocol ?? "(default)"}" +
        (MaxProtocol is null ? "" : $", server max protocol = {MaxProtocol}") +
        (Include is null ? "" : $", include = {Include}");

    /// <summary>A self-contained smb.conf: every path Samba writes to lives under <paramref name="root"/>.</summary>
    public string Render(string root, int port)
    {
        string Dir(string name) => Path.Combine(root, name);
        var text = new StringBuilder()
            .AppendLine("[global]")
            .AppendLine("  server role = standalone server")
            .AppendLine($"  smb ports = {port}")
            .AppendLine($"  interfaces = {Address}")
            .AppendLine("  bind interfaces only = yes")
            .AppendLine("  disable netbios = yes")
            .AppendLine($"  pid directory = {Dir("pid")}")
            .AppendLine($"  lock directory = {Dir("lock")}")
            .AppendLine($"  state directory = {Dir("state")}")
            .AppendLine($"  cache directory = {Dir("cache")}")
            .AppendLine($"  private dir = {Dir("private")}")
            .AppendLine($"  ncalrpc dir = {Dir("ncalrpc")}")
            .AppendLine("  log level = 1")
            .AppendLine("  load printers = no")
            .AppendLine("  printing = bsd")
            .AppendLine("  printcap name = /dev/null")
            .AppendLine("  disable spoolss = yes");
        Optional(text, "server signing", ServerSigning);
        Optional(text, "server min protocol", MinProtocol);
        Optional(text, "server max protocol", MaxProtocol);
        Optional(text, "include", Include);
        text.AppendLine("[probe]")
            .AppendLine($"  path = {Dir("share")}")
            .AppendLine("  read only = yes");
        return text.ToString();
    }

    public static IReadOnlyList<string> Folders { get; } = ["pid", "lock", "state", "cache", "private", "ncalrpc", "share"];

    private static void Optional(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.AppendLine($"  {name} = {value}");
        }
    }
}
