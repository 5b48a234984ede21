namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>
/// Lower-case host names sorted ordinally either from their start or from their end, so that the names with a given
/// prefix (or suffix) are one run of the array. Sorting from the end compares the names backwards instead of holding a
/// reversed copy of every name. Equal names keep the order they were given in.
/// </summary>
internal sealed class NameIndex
{
    private readonly (string Name, Computer Computer)[] _names;
    private readonly bool _fromEnd;

    public NameIndex(List<(string Name, Computer Computer)> names, bool fromEnd)
    {
        _fromEnd = fromEnd;
        var order = new int[names.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => Compare(names[a].Name, names[b].Name) is var byName and not 0 ? byName : a.CompareTo(b));
        _names = new (string, Computer)[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            _names[i] = names[order[i]];
        }
    }

    /// <summary>The entries whose name starts (or, sorted from the end, ends) with <paramref name="literal"/>, in index order.</summary>
    public IEnumerable<(string Name, Computer Computer)> WithAffix(string literal)
    {
        for (var i = LowerBound(literal); i < _names.Length && HasAffix(_names[i].Name, literal); i++)
        {
            yield return _names[i];
        }
    }

    private bool HasAffix(string name, string literal) =>
        _fromEnd ? name.EndsWith(literal, StringComparison.Ordinal) : name.StartsWith(literal, StringComparison.Ordinal);

    private int Compare(string left, string right) => _fromEnd ? CompareFromEnd(left, right) : string.CompareOrdinal(left, right);

    /// <summary>The ordinal order of the reversed strings.</summary>
    private static int CompareFromEnd(string left, string right)
    {
        for (int l = left.Length - 1, r = right.Length - 1; l >= 0 && r >= 0; l--, r--)
        {
            if (left[l] != right[r])
            {
                return left[l].CompareTo(right[r]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private int LowerBound(string literal)
    {
        int low = 0, high = _names.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Compare(_names[middle].Name, literal) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
