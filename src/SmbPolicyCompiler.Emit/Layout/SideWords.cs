using SmbPolicyCompiler.Core.Catalogue;

namespace SmbPolicyCompiler.Emit.Layout;

internal static class SideWords
{
    public static string Of(Side side) => side == Side.Server ? "Servers" : "Clients";

    public static string Lower(Side side) => Of(side).ToLowerInvariant();
}
