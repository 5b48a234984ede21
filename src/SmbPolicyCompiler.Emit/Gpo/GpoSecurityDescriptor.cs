using System.Buffers.Binary;
using System.Globalization;

namespace SmbPolicyCompiler.Emit.Gpo;

/// <summary>
/// The &lt;SecurityDescriptor&gt; of Backup.xml: the DACL GPMC gives every new GPO (self-relative; no owner, group or SACL;
/// DACL protected — as in every backup under tests/corpus/gpo-backups), less its three ACEs for the domain's own
/// principals (the GPO's creator, Domain Admins, Enterprise Admins): their SIDs belong to a domain the compiler does not
/// know. GPMC lists only such principals in &lt;SecurityGroups&gt;, which is therefore empty. Import-GPO keeps the target
/// GPO's own DACL (the import script sets the security filter): this records the GPO's shape and grants nothing.
/// </summary>
internal static class GpoSecurityDescriptor
{
    private const byte AccessAllowed = 0x00;
    private const byte AccessAllowedObject = 0x05;
    private const byte ContainerInherit = 0x02;
    private const byte InheritOnly = 0x08;
    private const uint EditDeleteModifySecurity = 0x000F00FF;
    private const uint Read = 0x00020094;
    private const uint ControlAccess = 0x00000100;
    private static readonly Guid ApplyGroupPolicy = new("edacfd8f-ffb3-11d1-b41d-00a0c968f939");

    /// <summary>The same descriptor in SDDL, rights in the order Windows prints them (gpreport.xml).</summary>
    public const string Sddl = "D:PAI(OA;CI;CR;edacfd8f-ffb3-11d1-b41d-00a0c968f939;;AU)(A;CI;LCRPLORC;;;ED)(A;CI;LCRPLORC;;;AU)" +
        "(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;SY)(A;CIIO;CCDCLCSWRPWPDTLOSDRCWDWO;;;CO)";

    /// <summary>How GPMC's report names what each trustee of the descriptor may do (Creator Owner, inherit-only, is not listed).</summary>
    public static IReadOnlyList<(string Sid, string Name, string Access)> ReportedPermissions { get; } =
    [
        ("S-1-5-9", @"NT AUTHORITY\ENTERPRISE DOMAIN CONTROLLERS", "Read"),
        ("S-1-5-18", @"NT AUTHORITY\SYSTEM", "Edit, delete, modify security"),
        ("S-1-5-11", @"NT AUTHORITY\Authenticated Users", "Apply Group Policy"),
    ];

    /// <summary>The descriptor as GPMC writes it: lower-case hex bytes separated by spaces.</summary>
    public static string Hex { get; } = string.Join(' ', Bytes().Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

    private static byte[] Bytes()
    {
        byte[] authenticatedUsers = Sid(5, 11), enterpriseDomainControllers = Sid(5, 9), system = Sid(5, 18), creatorOwner = Sid(3, 0);
        byte[][] aces =
        [
            Ace(AccessAllowedObject, ContainerInherit, ControlAccess, authenticatedUsers, ApplyGroupPolicy),
            Ace(AccessAllowed, ContainerInherit, Read, enterpriseDomainControllers),
            Ace(AccessAllowed, ContainerInherit, Read, authenticatedUsers),
            Ace(AccessAllowed, ContainerInherit, EditDeleteModifySecurity, system),
            Ace(AccessAllowed, ContainerInherit | InheritOnly, EditDeleteModifySecurity, creatorOwner),
        ];
        using var stream = new MemoryStream();
        using var sd = new BinaryWriter(stream); // always little-endian
        sd.Write((byte)1); // revision
        sd.Write((byte)0);
        sd.Write((ushort)0x9C04); // self-relative, DACL present, protected and auto-inherited, SACL auto-inherited (as GPMC)
        sd.Write(0u); // owner
        sd.Write(0u); // group
        sd.Write(0u); // SACL
        sd.Write(20u); // the DACL follows this header
        sd.Write((byte)4); // ACL_REVISION_DS
        sd.Write((byte)0);
        sd.Write((ushort)(8 + aces.Sum(a => a.Length)));
        sd.Write((ushort)aces.Length);
        sd.Write((ushort)0);
        foreach (var ace in aces)
        {
            sd.Write(ace);
        }

        sd.Flush();
        return stream.ToArray();
    }

    private static byte[] Ace(byte type, byte flags, uint mask, byte[] sid, Guid? objectType = null)
    {
        using var stream = new MemoryStream();
        using var ace = new BinaryWriter(stream);
        ace.Write(type);
        ace.Write(flags);
        ace.Write((ushort)(8 + (objectType is null ? 0 : 20) + sid.Length));
        ace.Write(mask);
        if (objectType is { } guid)
        {
            ace.Write(1u); // ACE_OBJECT_TYPE_PRESENT
            ace.Write(guid.ToByteArray());
        }

        ace.Write(sid);
        ace.Flush();
        return stream.ToArray();
    }

    private static byte[] Sid(byte authority, uint subAuthority)
    {
        var sid = new byte[12];
        sid[0] = 1; // revision
        sid[1] = 1; // one sub-authority
        sid[7] = authority; // 48-bit big-endian identifier authority
        BinaryPrimitives.WriteUInt32LittleEndian(sid.AsSpan(8), subAuthority);
        return sid;
    }
}
