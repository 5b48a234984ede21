using System.Text;
using SmbPolicyCompiler.Drift.Wire;

namespace SmbPolicyCompiler.Drift.Tests.Support;

/// <summary>Ready-made responder behaviours: good servers and the bad peers a scan meets.</summary>
public static class ResponderScripts
{
    /// <summary>Answers SMB2 NEGOTIATE and closes on SMB1, as a current Windows server with SMB1 removed does.</summary>
    public static Func<ResponderRequest, ResponderReply> Smb2Only(ushort securityMode = 0x0001, ushort dialect = 0x0311)
    {
        var reply = Smb2ResponseBuilder.Negotiate(securityMode, dialect);
        return request => request.IsSmb2 ? ResponderReply.Send(reply) : ResponderReply.CloseNow;
    }

    /// <summary>Answers both SMB2 and SMB1 ("NT LM 0.12") NEGOTIATEs.</summary>
    public static Func<ResponderRequest, ResponderReply> Smb1AndSmb2(ushort smb2SecurityMode, byte smb1SecurityMode)
    {
        var smb2 = Smb2ResponseBuilder.Negotiate(smb2SecurityMode);
        var smb1 = Smb1ResponseBuilder.NtLm012(smb1SecurityMode);
        return request => ResponderReply.Send(request.IsSmb2 ? smb2 : smb1);
    }

    /// <summary>Speaks only SMB1: resets SMB2 attempts, answers "NT LM 0.12".</summary>
    public static Func<ResponderRequest, ResponderReply> Smb1Only(byte smb1SecurityMode)
    {
        var smb1 = Smb1ResponseBuilder.NtLm012(smb1SecurityMode);
        return request => request.IsSmb1 ? ResponderReply.Send(smb1) : ResponderReply.ResetNow;
    }

    public static Func<ResponderRequest, ResponderReply> Silent => _ => ResponderReply.Silence;

    public static Func<ResponderRequest, ResponderReply> Garbage =>
        _ => ResponderReply.Send(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n"), AfterReply.Close);

    /// <summary>Sends the first half of a valid reply whose frame declares the whole length, then closes.</summary>
    public static Func<ResponderRequest, ResponderReply> TruncatedSmb2
    {
        get
        {
            var full = Smb2ResponseBuilder.Negotiate();
            return _ => ResponderReply.Send(full[..(full.Length / 2)], AfterReply.Close);
        }
    }

    /// <summary>Sends the first 40 bytes of a valid reply and then nothing, keeping the connection open.</summary>
    public static Func<ResponderRequest, ResponderReply> PartialThenSilent
    {
        get
        {
            var full = Smb2ResponseBuilder.Negotiate();
            return _ => ResponderReply.Send(full[..40]);
        }
    }

    /// <summary>A complete frame holding an SMB2 reply too short for a NEGOTIATE response.</summary>
    public static Func<ResponderRequest, ResponderReply> ShortSmb2Message
    {
        get
        {
            var full = Smb2ResponseBuilder.Negotiate();
            var message = full[4..(4 + 100)];
            return _ => ResponderReply.Send(Smb2ResponseBuilder.Frame(message), AfterReply.Close);
        }
    }

    public static Func<ResponderRequest, ResponderReply> ErrorStatus(uint status)
    {
        var reply = Smb2ResponseBuilder.Error(status);
        return _ => ResponderReply.Send(reply, AfterReply.Close);
    }

    public static Func<ResponderRequest, ResponderReply> ResetEverything => _ => ResponderReply.ResetNow;

    /// <summary>Resets the first <paramref name="failures"/> connections, then behaves as <paramref name="then"/>.</summary>
    public static Func<ResponderRequest, ResponderReply> ResetFirst(int failures, Func<ResponderRequest, ResponderReply> then) =>
        request => request.Connection <= failures ? ResponderReply.ResetNow : then(request);
}
