namespace SmbPolicyCompiler.Plan.Sources;

/// <summary>The base or head could not be read (bad ref, missing folder, no git): a message for the user, exit code 2.</summary>
public sealed class PlanInputException(string message) : Exception(message);
