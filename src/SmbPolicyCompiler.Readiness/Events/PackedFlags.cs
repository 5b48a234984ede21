namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Flags, nullable booleans and "has a value" marks of a record in one word: a bool? field takes 2 bytes and a uint? 8,
/// and there is one record per event. A nullable boolean takes two bits: whether it has a value, then the value.
/// </summary>
internal record struct PackedFlags
{
    private uint _bits;

    public readonly bool IsSet(int bit) => (_bits & (1u << bit)) != 0;

    public void Set(int bit, bool on) => _bits = on ? _bits | (1u << bit) : _bits & ~(1u << bit);

    public readonly bool? Nullable(int bit) => IsSet(bit) ? IsSet(bit + 1) : null;

    /// <summary>The field's value when <paramref name="bit"/> says it has one.</summary>
    public readonly T? ValueIf<T>(int bit, T field) where T : struct => IsSet(bit) ? field : null;

    /// <summary>Marks in <paramref name="bit"/> whether there is a value, and returns what the field stores.</summary>
    public T Store<T>(int bit, T? value) where T : struct
    {
        Set(bit, value.HasValue);
        return value ?? default;
    }

    public void SetNullable(int bit, bool? value)
    {
        Set(bit, value.HasValue);
        Set(bit + 1, value == true);
    }
}
