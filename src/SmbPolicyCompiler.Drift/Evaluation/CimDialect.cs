using System.Globalization;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Evaluation;

/// <summary>
/// Reads Smb2DialectMin as the cmdlet reports it. CIM gives a number: the dialect code the registry holds (785 for
/// SMB311) or 0 for "None" (no minimum, so SMB 2.0.2 is accepted). PowerShell may show the name (SMB311, None).
/// Any other number is not guessed at.
/// </summary>
internal static class CimDialect
{
    private const long NoMinimum = 0x202;

    public static (long? Value, string Shown) Read(ObservedValue value)
    {
        if (value.Number is { } number)
        {
            return number == 0 ? (NoMinimum, "None (no minimum: SMB 2.0.2 and later)")
                : Dialects.NameOf(number) is { } name ? (number, $"{name} ({number.ToString(CultureInfo.InvariantCulture)})")
                : (null, value.Text);
        }

        return value.Text.Equals("None", StringComparison.OrdinalIgnoreCase)
            ? (NoMinimum, "None (no minimum: SMB 2.0.2 and later)")
            : (Dialects.ValueOf(value.Text), value.Text);
    }
}
