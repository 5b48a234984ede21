using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// A whole object (an NDJSON line) mapped by scope without a tokeniser: <see cref="PlainJsonCursor"/> walks its bytes
/// and skips what no key reads in one pass. It means exactly what <see cref="TryMapByScope"/> means, member by member;
/// an object the cursor refuses (comments, trailing commas, fractions, escaped names, deep nesting, Properties arrays)
/// or a value that does not decode is mapped again from the start by the next path, so results and problems are theirs.
/// </summary>
internal sealed partial class JsonEventMapper
{
    private int _lineNames;

    /// <summary>False leaves every object to the scope walk and the general walk (tests compare the paths).</summary>
    internal bool ByLine { get; init; } = true;

    /// <summary>How many objects were mapped by the line path.</summary>
    internal long MappedByLine { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryMapLine(ReadOnlySpan<byte> json, out AuditEvent? mapped)
    {
        mapped = null;
        _builder.Reset();
        _scratch = Scratch.Empty;
        _fieldOrdinal = 0;
        _lineNames = 0;
        _messageLater = false;
        var cursor = new PlainJsonCursor(json);
        try
        {
            if (!cursor.SkipWhitespace() || cursor.Current != (byte)'{' || !TryLineObject(ref cursor, json, Scope.Root, 1) || !cursor.AtEnd())
            {
                return false;
            }
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return false;
        }

        KeepMessage(json);
        MappedByLine++;
        mapped = Complete();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryLineObject(ref PlainJsonCursor cursor, ReadOnlySpan<byte> json, Scope scope, int depth)
    {
        if (depth > PlainJsonCursor.MaxDepth || !cursor.TryTake((byte)'{'))
        {
            return false;
        }

        if (cursor.TryClose((byte)'}'))
        {
            return true;
        }

        while (true)
        {
            if (!TryLineName(ref cursor, scope, out var name, out var meaning) || !TryLineMember(ref cursor, json, meaning, name, depth))
            {
                return false;
            }

            if (!cursor.NextMember((byte)'}', out var closed))
            {
                return closed;
            }
        }
    }

    /// <summary>
    /// A member's name and what it means, as <see cref="TryMapByScope"/> reads them; where the name is the one met at
    /// this place in the last object, it is recognised by comparing the bytes at the cursor with it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryLineName(scoped ref PlainJsonCursor cursor, Scope scope, out ReadOnlySpan<byte> name, out (Scope Child, Member Member, Key Key) meaning)
    {
        if (scope is Scope.Ignored or Scope.WinlogOther)
        {
            meaning = (scope, scope == Scope.WinlogOther ? Member.WinlogOther : Member.None, default);
            return cursor.TryName(out name);
        }

        var ordinal = _lineNames++;
        if ((uint)ordinal < (uint)_names.Length && _names[ordinal] is { Length: > 0 } remembered && remembered.Scope == scope
            && cursor.AtName(remembered.Name.AsSpan(0, remembered.Length)))
        {
            name = remembered.Name.AsSpan(0, remembered.Length);
            meaning = remembered.Meaning;
            return cursor.TryPassName(name.Length);
        }

        meaning = default;
        return cursor.TryName(out name) && TryClassify(scope, name, ordinal, out meaning);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryLineMember(ref PlainJsonCursor cursor, ReadOnlySpan<byte> json, (Scope Child, Member Member, Key Key) meaning, ReadOnlySpan<byte> name, int depth)
    {
        switch (cursor.Current)
        {
            case (byte)'{' when meaning.Member is Member.Field or Member.XmlName:
                return false;
            case (byte)'{' when meaning.Child == Scope.Ignored:
                return cursor.TrySkipValue(depth + 1);
            case (byte)'{':
                return TryLineObject(ref cursor, json, meaning.Child, depth + 1);
            case (byte)'[':
                return meaning.Member is not (Member.Field or Member.XmlName or Member.Properties) && cursor.TrySkipValue(depth + 1);
            case (byte)'n':
                return cursor.TryLiteral("null"u8);
            default:
                return TryLineLeaf(ref cursor, json, meaning.Member, meaning.Key, name);
        }
    }

    /// <summary>A string, integer, true or false, meaning what <see cref="Leaf"/> makes of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryLineLeaf(ref PlainJsonCursor cursor, ReadOnlySpan<byte> json, Member member, Key key, ReadOnlySpan<byte> name)
    {
        var start = cursor.Position;
        var escaped = false;
        ReadOnlySpan<byte> raw;
        var read = cursor.Current switch
        {
            (byte)'"' => cursor.TryString(out raw, out escaped),
            (byte)'t' => cursor.TryLiteral(raw = "true"u8),
            (byte)'f' => cursor.TryLiteral(raw = "false"u8),
            _ => cursor.TryInteger(out raw),
        };
        if (!read || (member is Member.Field or Member.Known && raw.Length > _chars.Length))
        {
            return false;
        }

        if (member is not (Member.None or Member.XmlName or Member.Properties))
        {
            Leaf(json, start..cursor.Position, escaped, member, key, name);
        }

        return true;
    }
}
