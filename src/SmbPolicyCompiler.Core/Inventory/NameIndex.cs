using System.Text;

namespace SmbPolicyCompiler.Core.Inventory;

/// <summary>
/// Host names in the ordinal order of their lower-case forms, either from their start or from their end, so that the
/// names with a given lower-case prefix (or suffix) are one run of the array. Sorting from the end compares the names
/// backwards instead of holding a reversed copy of every name. An ASCII name is kept as it is and compared with its
/// letters folded to lower case, so that the index holds no lower-case copy of it (see <see cref="KeyOf"/>). Equal
/// names keep the order they were given in.
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

    /// <summary>
    /// The name to index: an ASCII name itself (folding its letters while comparing gives its invariant lower case),
    /// any other its invariant lower case, whose ASCII letters are already lower.
    /// </summary>
    public static string KeyOf(string name) => Ascii.IsValid(name) ? name : name.ToLowerInvariant();

    /// <summary>The ordinal order of the keys' lower-case forms.</summary>
    public static int CompareKeys(string left, string right)
    {
        for (var i = 0; i < left.Length && i < right.Length; i++)
        {
            if (Folded(left[i]) != Folded(right[i]))
            {
                return Folded(left[i]).CompareTo(Folded(right[i]));
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    /// <summary>The entries whose name starts (or, sorted from the end, ends) with <paramref name="literal"/>, in index order.</summary>
    public IEnumerable<(string Name, Computer Computer)> WithAffix(string literal)
    {
        for (var i = LowerBound(literal); i < _names.Length && HasAffix(_names[i].Name, literal); i++)
        {
            yield return _names[i];
        }
    }

    /// <summary>Whether the key starts (or ends) with <paramref name="literal"/>, which is lower-case.</summary>
    private bool HasAffix(string name, string literal)
    {
        if (name.Length < literal.Length)
        {
            return false;
        }

        var offset = _fromEnd ? name.Length - literal.Length : 0;
        for (var i = 0; i < literal.Length; i++)
        {
            if (Folded(name[offset + i]) != literal[i])
            {
                return false;
            }
        }

        return true;
    }

    private int Compare(string left, string right) => _fromEnd ? CompareKeysFromEnd(left, right) : CompareKeys(left, right);

    /// <summary>The ordinal order of the reversed lower-case forms.</summary>
    private static int CompareKeysFromEnd(string left, string right)
    {
        for (int l = left.Length - 1, r = right.Length - 1; l >= 0 && r >= 0; l--, r--)
        {
            if (Folded(left[l]) != Folded(right[r]))
            {
                return Folded(left[l]).CompareTo(Folded(right[r]));
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static char Folded(char letter) => char.IsAsciiLetterUpper(letter) ? (char)(letter | 0x20) : letter;

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
