namespace SmbPolicyCompiler.Emit.Brownfield;

/// <summary>A name for the policy YAML from free text: lower case, runs of other characters than ASCII letters and digits as one '-'.</summary>
internal static class Slugs
{
    /// <param name="fallback">The slug when the text has no letter or digit.</param>
    /// <param name="maxLength">The longest slug; a longer one is cut (and loses a trailing '-').</param>
    public static string Of(string text, string fallback, int maxLength)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join("-", new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length == 0 ? fallback : slug;
        return slug.Length <= maxLength ? slug : slug[..maxLength].TrimEnd('-');
    }
}
