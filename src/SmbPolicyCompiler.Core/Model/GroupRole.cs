using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Core.Model;

public enum GroupRole
{
    Server,
    Client,
    Both,
}

public static class GroupRoleExtensions
{
    public static IReadOnlyList<Side> Sides(this GroupRole role) => role switch
    {
        GroupRole.Server => [Side.Server],
        GroupRole.Client => [Side.Client],
        _ => [Side.Server, Side.Client],
    };

    public static bool Has(this GroupRole role, Side side) => role.Sides().Contains(side);

    public static string Text(this GroupRole role) => role.ToString().ToLowerInvariant();
}
