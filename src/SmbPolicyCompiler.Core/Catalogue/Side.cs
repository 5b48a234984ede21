namespace SmbPolicyCompiler.Core.Catalogue;

/// <summary>Which SMB component a setting belongs to: the server (LanmanServer) or the client (LanmanWorkstation).</summary>
public enum Side
{
    Server,
    Client,
}
