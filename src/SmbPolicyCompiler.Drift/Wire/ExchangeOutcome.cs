using System.Net;

namespace SmbPolicyCompiler.Drift.Wire;

/// <summary>The result of one exchange: the parsed reply or a failure, and the peer when a TCP connection was made.</summary>
internal sealed record ExchangeOutcome<T>(T? Reply, ProbeFailure? Failure, IPEndPoint? Remote)
    where T : class;
