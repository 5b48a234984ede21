using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Support;

/// <summary>
/// Fourteen events with known totals, one of every kind, both 3021 versions, names in every written form, a held-back
/// server, client-side events and a computer the policy does not name. The expected numbers are worked out by hand in
/// <see cref="Verdicts.PipelineTests"/>.
/// </summary>
internal static class KnownScenario
{
    public const string Pfs1 = "PFS1.corp.example.com";
    public const string Pfs3 = "PFS3.corp.example.com";
    public const string Bfs1 = "BFS1.corp.example.com";

    public static EventLog Log() => new EventLog()
        .Signing(Pfs1, @"\\WS-1", April(1, 9), user: @"CONTOSO\alice")
        .Signing(Pfs1, @"\\10.1.1.2", April(1, 10))
        .Smb1(Pfs1, "10.1.1.3", April(2, 9))
        .NoSpn(Pfs1, @"\\WS-1", April(2, 10))
        .UnknownSpn(Pfs1, @"\\ws-5", April(3, 9), "cifs/alias.corp.example.com")
        .Smb1Signing(Pfs1, @"\\OLD-1", April(3, 10))
        .Signing(Pfs3, @"\\SCANNER-1", April(4, 9))
        .NoEncryption(Bfs1, @"\\[2001:db8::5]:50000", April(5, 9))
        .Guest(Bfs1, @"\\ws-6", April(5, 10))
        .EmptySpn(Bfs1, @"\\WS-1", April(6, 9))
        .ServerCannotSign("PWS1.corp.example.com", @"\\NAS1.corp.example.com", April(7, 9))
        .ServerCannotEncrypt("PWS1.corp.example.com", @"\NAS2\share$", April(7, 10))
        .Signing("stranger.corp.example.com", @"\\WS-9", April(8, 9))
        .Signing(Pfs1, @"\\WS-1", April(8, 10));
}
