namespace SmbPolicyCompiler.Readiness.Events;

internal enum DuplicateCheck
{
    New,
    Duplicate,
    NotDeduplicable,
}
