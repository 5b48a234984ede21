namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>
/// One smb.conf [global] option a stage means on Samba, and the Windows settings it stands for. When two stages set
/// the same option (SMB1 disabled and a minimum dialect both set <c>server min protocol</c>), the greater
/// <see cref="Strength"/> wins.
/// </summary>
public sealed record SambaOption(Side Side, string Name, string Value, IReadOnlyList<SettingDefinition> Covers, int Strength = 0)
{
    public override string ToString() => $"{Name} = {Value}";

    public static SambaOption Server(string name, string value, params SettingDefinition[] covers) => new(Side.Server, name, value, covers);

    public static SambaOption Client(string name, string value, params SettingDefinition[] covers) => new(Side.Client, name, value, covers);

    /// <summary><c>server min protocol</c> / <c>client min protocol</c>, stronger for a newer dialect.</summary>
    public static SambaOption MinProtocol(Side side, DialectDefinition dialect, params SettingDefinition[] covers) =>
        new(side, side == Side.Server ? "server min protocol" : "client min protocol", dialect.SambaName, covers, dialect.Revision);
}
