using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events.Evtx;

/// <summary>
/// Decodes the Binary XML of records into <see cref="Record"/>: a template instance runs the plan compiled for its
/// template (compiled once per chunk and role, then cached), nested Binary XML values run recursively. One instance
/// per thread; <see cref="BeginChunk"/> clears the per-chunk caches.
/// </summary>
internal sealed partial class RecordDecoder
{
    private const int MaxNesting = 8;

    private readonly Dictionary<long, TemplatePlan> _plans = [];
    private readonly ChunkNames _names;
    private readonly List<PlanOp> _scratch = [];
    private readonly ValueTable[] _tables = [.. Enumerable.Range(0, MaxNesting + 1).Select(_ => new ValueTable())];
    private readonly int _maxFieldChars;
    private readonly int _maxFields;

    public RecordDecoder(StringPool pool, EventReadOptions options)
    {
        _names = new ChunkNames(pool);
        Record = new EvtxRecord(pool);
        _maxFieldChars = options.MaxFieldChars;
        _maxFields = options.MaxFieldsPerEvent;
    }

    public EvtxRecord Record { get; }

    public void BeginChunk()
    {
        _plans.Clear();
        _names.Clear();
    }

    /// <summary>Decodes the record's Binary XML in [start, end); false with a reason when it cannot be read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Decode(ReadOnlySpan<byte> chunk, int start, int end, out string? error)
    {
        Record.Reset();
        error = Fragment(chunk, start, end, XmlRole.Document, 0);
        if (error is null)
        {
            Record.NameFields(_maxFields);
        }

        return error is null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? Fragment(ReadOnlySpan<byte> chunk, int start, int end, XmlRole role, int depth)
    {
        if (depth > MaxNesting)
        {
            return "binary XML values are nested too deeply";
        }

        var position = start;
        while (position < end && BinXmlToken.Kind(chunk[position]) == BinXmlToken.FragmentHeader)
        {
            position += 4;
        }

        if (position < end && chunk[position] == BinXmlToken.TemplateInstance)
        {
            return TemplateInstance(chunk, position, end, role, depth);
        }

        _scratch.Clear();
        var compiler = new BinXmlCompiler(chunk, position, end, _names, _scratch);
        if (!compiler.CompileFragment(role))
        {
            return compiler.Error;
        }

        var plan = TemplatePlan.Compiled(_scratch);
        var table = _tables[depth];
        table.Clear();
        return Run(chunk, plan, table, depth);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? TemplateInstance(ReadOnlySpan<byte> chunk, int position, int end, XmlRole role, int depth)
    {
        if (position + 10 > end)
        {
            return "the template instance is cut short";
        }

        var definition = (int)EvtxLayout.U32(chunk, position + 6);
        var values = position + 10;
        if (definition == values)
        {
            if (values + 24 > end)
            {
                return "the template definition is cut short";
            }

            values += 24 + (int)Math.Min(EvtxLayout.U32(chunk, values + 20), (uint)EvtxLayout.ChunkSize);
        }

        var plan = Plan(chunk, definition, role);
        if (plan.Error is not null)
        {
            return plan.Error;
        }

        var table = _tables[depth];
        return table.Read(chunk, values, end) ? Run(chunk, plan, table, depth) : "the substitution values do not fit in the record";
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TemplatePlan Plan(ReadOnlySpan<byte> chunk, int definition, XmlRole role)
    {
        var key = ((long)definition << 8) | (byte)role;
        if (_plans.TryGetValue(key, out var plan))
        {
            return plan;
        }

        if (definition < EvtxLayout.ChunkHeaderSize || definition > chunk.Length - 24)
        {
            plan = TemplatePlan.Failed($"the template at 0x{definition:X} is outside the chunk");
        }
        else
        {
            var body = definition + 24;
            var size = EvtxLayout.U32(chunk, definition + 20);
            _scratch.Clear();
            var compiler = new BinXmlCompiler(chunk, body, (int)Math.Min(body + (long)size, chunk.Length), _names, _scratch);
            plan = compiler.CompileFragment(role)
                ? TemplatePlan.Compiled(_scratch)
                : TemplatePlan.Failed($"the template at 0x{definition:X} cannot be read: {compiler.Error}");
        }

        _plans[key] = plan;
        return plan;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? Run(ReadOnlySpan<byte> chunk, TemplatePlan plan, ValueTable table, int depth)
    {
        var record = Record;
        var text = record.Text;
        var capture = default(Capture);
        var addsFields = false;
        foreach (var op in plan.Ops)
        {
            switch (op.Kind)
            {
                case PlanOpKind.Begin:
                    capture = new Capture(op, text.Length);
                    break;
                case PlanOpKind.Text:
                    text.Append(op.Text);
                    break;
                case PlanOpKind.Sub:
                    Substitute(chunk, table, op, ref capture);
                    break;
                case PlanOpKind.End:
                    addsFields |= End(chunk, table, ref capture);
                    break;
                default:
                    if (table.Type(op.Sub) == BinXmlValueType.BinXml)
                    {
                        var offset = table.Offset(op.Sub);
                        if (Fragment(chunk, offset, offset + table.Size(op.Sub), op.Role, depth + 1) is { } error)
                        {
                            return error;
                        }
                    }

                    break;
            }
        }

        if (addsFields && (++record.FieldPlans > 1 || !plan.DistinctFieldNames))
        {
            record.FieldsNeedNaming = true;
        }

        return null;
    }
}
