using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Walks Binary XML (a template definition, or a fragment without template) once and writes the steps that produce
/// the kept values (<see cref="PlanOp"/>). Offsets are relative to the chunk, as names are referred to by chunk
/// offset. Every read is bounds-checked; malformed input yields an error in words, never an exception.
/// </summary>
internal ref struct BinXmlCompiler
{
    private const int MaxDepth = 64;

    private readonly ReadOnlySpan<byte> _chunk;
    private readonly int _end;
    private readonly ChunkNames _names;
    private readonly List<PlanOp> _ops;
    private int _pos;

    public BinXmlCompiler(ReadOnlySpan<byte> chunk, int start, int end, ChunkNames names, List<PlanOp> ops)
    {
        _chunk = chunk;
        _pos = start;
        _end = Math.Min(end, chunk.Length);
        _names = names;
        _ops = ops;
    }

    public string? Error { get; private set; }

    public readonly int Position => _pos;

    /// <summary>Fragment headers, processing instructions and elements up to the end-of-file token or the end of the range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool CompileFragment(XmlRole role)
    {
        while (_pos < _end)
        {
            var token = _chunk[_pos];
            switch (BinXmlToken.Kind(token))
            {
                case BinXmlToken.EndOfFile:
                    _pos++;
                    return true;
                case BinXmlToken.FragmentHeader:
                    _pos += 4;
                    break;
                case BinXmlToken.OpenStartElement:
                    if (!Element(role, 0))
                    {
                        return false;
                    }

                    break;
                case BinXmlToken.PITarget or BinXmlToken.PIData:
                    if (!SkipProcessingInstruction())
                    {
                        return false;
                    }

                    break;
                default:
                    return Fail($"unexpected token 0x{token:X2}");
            }
        }

        return _pos <= _end || Fail("the binary XML runs past its end");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Element(XmlRole parent, int depth)
    {
        if (depth >= MaxDepth)
        {
            return Fail("elements are nested too deeply");
        }

        var hasAttributes = (_chunk[_pos] & BinXmlToken.MoreFlag) != 0;
        if (!ElementName(out var name))
        {
            return false;
        }

        var role = XmlRoles.ChildOf(parent, name);
        var captures = XmlRoles.CapturesText(role);
        string? fieldName = role == XmlRole.UserDataField ? name : null;
        var nameSub = -1;
        if (hasAttributes && !Attributes(role, ref fieldName, ref nameSub))
        {
            return false;
        }

        if (!Has(1))
        {
            return false;
        }

        var close = _chunk[_pos++];
        if (captures)
        {
            _ops.Add(new PlanOp(PlanOpKind.Begin, role, fieldName, NameSub: nameSub));
        }

        if (close == BinXmlToken.CloseStartElement)
        {
            if (!Content(role, captures, depth))
            {
                return false;
            }
        }
        else if (close != BinXmlToken.CloseEmptyElement)
        {
            return Fail($"unexpected token 0x{close:X2} after the start of element {name}");
        }

        if (captures)
        {
            _ops.Add(new PlanOp(PlanOpKind.End, role));
        }

        return true;
    }

    /// <summary>
    /// Reads the element start up to its name. The 2-byte dependency id is written in records but not in Binary XML
    /// substitution values nor by some forwarding (WEC) writers: the layout whose name offset points at the inline
    /// name (or back to a name stored earlier) and whose size fits is the one used.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ElementName(out string name)
    {
        name = string.Empty;
        var start = _pos;
        if (!Fits(9))
        {
            return Fail("the binary XML ends inside an element start");
        }

        int afterName;
        if (Fits(11) && Plausible(start + 3, start + 11, out var withDependency))
        {
            afterName = start + 11;
            _pos = withDependency;
        }
        else if (Plausible(start + 1, start + 9, out var withoutDependency))
        {
            afterName = start + 9;
            _pos = withoutDependency;
        }
        else
        {
            return Fail($"element start at 0x{start:X} has an invalid name offset");
        }

        var offset = (int)EvtxLayout.U32(_chunk, afterName - 4);
        var read = _names.Read(_chunk, offset, out var end);
        if (read is null)
        {
            return Fail($"element name at 0x{offset:X} is outside the chunk");
        }

        name = read;
        if (offset == afterName)
        {
            _pos = end;
        }

        if ((_chunk[start] & BinXmlToken.MoreFlag) != 0)
        {
            if (!Has(4))
            {
                return false;
            }

            _pos += 4;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Plausible(int sizeAt, int afterName, out int position)
    {
        position = afterName;
        if (afterName > _end)
        {
            return false;
        }

        var size = EvtxLayout.U32(_chunk, sizeAt);
        var offset = EvtxLayout.U32(_chunk, afterName - 4);
        var inline = offset == afterName;
        var earlier = offset >= EvtxLayout.ChunkHeaderSize && offset < sizeAt;
        return (inline || earlier) && size <= (uint)(_end - sizeAt);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Attributes(XmlRole role, ref string? fieldName, ref int nameSub)
    {
        var wanted = XmlRoles.WantedAttribute(role);
        while (_pos < _end && BinXmlToken.Kind(_chunk[_pos]) == BinXmlToken.Attribute)
        {
            _pos++;
            if (!Has(4))
            {
                return false;
            }

            var offset = (int)EvtxLayout.U32(_chunk, _pos);
            _pos += 4;
            var name = _names.Read(_chunk, offset, out var end);
            if (name is null)
            {
                return Fail($"attribute name at 0x{offset:X} is outside the chunk");
            }

            if (offset == _pos)
            {
                _pos = end;
            }

            var keep = name == wanted;
            if (keep && role == XmlRole.Data)
            {
                if (!AttributeName(ref fieldName, ref nameSub))
                {
                    return false;
                }

                continue;
            }

            var target = keep ? role : XmlRole.Ignore;
            if (keep)
            {
                _ops.Add(new PlanOp(PlanOpKind.Begin, target));
            }

            if (!Value(keep))
            {
                return false;
            }

            if (keep)
            {
                _ops.Add(new PlanOp(PlanOpKind.End, target));
            }
        }

        return true;
    }

    /// <summary>Data/@Name: constant text (the usual case) or one substitution.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AttributeName(ref string? fieldName, ref int nameSub)
    {
        var first = _ops.Count;
        if (!Value(true))
        {
            return false;
        }

        var text = string.Empty;
        for (var i = first; i < _ops.Count; i++)
        {
            var op = _ops[i];
            if (op.Kind == PlanOpKind.Sub && nameSub < 0)
            {
                nameSub = op.Sub;
            }
            else if (op.Kind == PlanOpKind.Text)
            {
                text += op.Text;
            }
        }

        _ops.RemoveRange(first, _ops.Count - first);
        fieldName = nameSub >= 0 && text.Length == 0 ? null : text.Trim();
        if (fieldName is not null)
        {
            nameSub = -1;
        }

        return true;
    }

    /// <summary>The parts of an attribute value: text, substitutions and references, until the next non-value token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Value(bool keep)
    {
        var first = _ops.Count;
        while (_pos < _end)
        {
            var kind = BinXmlToken.Kind(_chunk[_pos]);
            if (kind is not (BinXmlToken.Value or BinXmlToken.NormalSubstitution or BinXmlToken.OptionalSubstitution
                or BinXmlToken.CharRef or BinXmlToken.EntityRef))
            {
                break;
            }

            if (!Part(keep, XmlRole.Ignore))
            {
                return false;
            }
        }

        MarkSole(first);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Content(XmlRole role, bool captures, int depth)
    {
        var first = _ops.Count;
        while (true)
        {
            if (!Has(1))
            {
                return false;
            }

            var kind = BinXmlToken.Kind(_chunk[_pos]);
            switch (kind)
            {
                case BinXmlToken.EndElement:
                    _pos++;
                    if (captures)
                    {
                        MarkSole(first);
                    }

                    return true;
                case BinXmlToken.OpenStartElement:
                    if (!Element(captures ? XmlRole.Ignore : role, depth + 1))
                    {
                        return false;
                    }

                    break;
                case BinXmlToken.PITarget or BinXmlToken.PIData:
                    if (!SkipProcessingInstruction())
                    {
                        return false;
                    }

                    break;
                default:
                    if (!Part(captures, role))
                    {
                        return false;
                    }

                    break;
            }
        }
    }

    /// <summary>One piece of text content: value text, CDATA, a character or entity reference, or a substitution.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Part(bool keep, XmlRole structuralRole)
    {
        var kind = BinXmlToken.Kind(_chunk[_pos]);
        switch (kind)
        {
            case BinXmlToken.Value:
                if (!Has(4))
                {
                    return false;
                }

                _pos += 2;
                return Text(keep);
            case BinXmlToken.CData:
                _pos++;
                return Text(keep);
            case BinXmlToken.CharRef:
                if (!Has(3))
                {
                    return false;
                }

                if (keep)
                {
                    _ops.Add(new PlanOp(PlanOpKind.Text, XmlRole.Ignore, ((char)EvtxLayout.U16(_chunk, _pos + 1)).ToString()));
                }

                _pos += 3;
                return true;
            case BinXmlToken.EntityRef:
                return EntityReference(keep);
            case BinXmlToken.NormalSubstitution or BinXmlToken.OptionalSubstitution:
                if (!Has(4))
                {
                    return false;
                }

                var index = EvtxLayout.U16(_chunk, _pos + 1);
                var optional = kind == BinXmlToken.OptionalSubstitution;
                _pos += 4;
                if (keep)
                {
                    _ops.Add(new PlanOp(PlanOpKind.Sub, XmlRole.Ignore, Sub: index, Optional: optional));
                }
                else if (XmlRoles.Structural(structuralRole))
                {
                    _ops.Add(new PlanOp(PlanOpKind.Content, structuralRole, Sub: index, Optional: optional));
                }

                return true;
            default:
                return Fail($"unexpected token 0x{_chunk[_pos]:X2} in element content");
        }
    }

    /// <summary>UTF-16 text with a 16-bit character count, at the current position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Text(bool keep)
    {
        if (!Has(2))
        {
            return false;
        }

        var count = EvtxLayout.U16(_chunk, _pos);
        _pos += 2;
        if (!Has(count * 2))
        {
            return false;
        }

        var text = MemoryMarshal.Cast<byte, char>(_chunk.Slice(_pos, count * 2));
        if (keep)
        {
            _ops.Add(new PlanOp(PlanOpKind.Text, XmlRole.Ignore, new string(text)));
        }

        _pos += count * 2;
        return true;
    }

    private bool EntityReference(bool keep)
    {
        if (!Has(5))
        {
            return false;
        }

        var offset = (int)EvtxLayout.U32(_chunk, _pos + 1);
        _pos += 5;
        var name = _names.Read(_chunk, offset, out var end);
        if (name is null)
        {
            return Fail($"entity name at 0x{offset:X} is outside the chunk");
        }

        if (offset == _pos)
        {
            _pos = end;
        }

        if (keep)
        {
            var text = name switch
            {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ => "&" + name + ";",
            };
            _ops.Add(new PlanOp(PlanOpKind.Text, XmlRole.Ignore, text));
        }

        return true;
    }

    private bool SkipProcessingInstruction()
    {
        if (BinXmlToken.Kind(_chunk[_pos]) == BinXmlToken.PITarget)
        {
            if (!Has(5))
            {
                return false;
            }

            var offset = (int)EvtxLayout.U32(_chunk, _pos + 1);
            _pos += 5;
            if (offset == _pos)
            {
                if (_names.Read(_chunk, offset, out var end) is null)
                {
                    return Fail("processing instruction name is outside the chunk");
                }

                _pos = end;
            }

            return true;
        }

        _pos++;
        return Text(false);
    }

    /// <summary>A value made of exactly one substitution is marked, so that an array becomes one field per item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly void MarkSole(int first)
    {
        if (_ops.Count == first + 1 && _ops[first].Kind == PlanOpKind.Sub)
        {
            _ops[first] = _ops[first] with { Sole = true };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Fits(int bytes) => _pos + bytes <= _end;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Has(int bytes) => Fits(bytes) || Fail("the binary XML ends early");

    private bool Fail(string error)
    {
        Error ??= error;
        return false;
    }
}
