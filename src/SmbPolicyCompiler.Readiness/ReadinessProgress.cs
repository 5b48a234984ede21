namespace SmbPolicyCompiler.Readiness;

/// <summary>How far a run has got: the file being read (1-based number of all), bytes read of all files, events so far.</summary>
public sealed record ReadinessProgress(string File, int FileNumber, int Files, long BytesRead, long TotalBytes, long Events)
{
    public double Fraction => TotalBytes <= 0 ? 0 : Math.Clamp((double)BytesRead / TotalBytes, 0, 1);
}
