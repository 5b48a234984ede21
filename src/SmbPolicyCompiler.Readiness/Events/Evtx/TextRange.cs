namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>A part of a record's <see cref="TextBuffer"/>; Length -1 when the value is absent.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public static TextRange None => new(0, -1);

    public bool IsPresent => Length >= 0;
}
