namespace SmbPolicyCompiler.Drift.Model;

/// <summary>A value read from a machine, as a number when it is one (DWORD, boolean, enum number), else as text.</summary>
public sealed record ObservedValue(long? Number, string Text)
{
    public static ObservedValue Of(long number) => new(number, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static ObservedValue Of(bool value) => new(value ? 1 : 0, value ? "True" : "False");

    public static ObservedValue OfText(string text) => new(null, text);

    public override string ToString() => Text;
}
