namespace SmbPolicyCompiler.Plan.Model;

/// <summary>An error in the head version: the change cannot merge as it is. Where, the stable code and the message.</summary>
public sealed record BlockingFinding(string Location, string Code, string Message)
{
    public override string ToString() => $"{Location}: error {Code}: {Message}";
}
