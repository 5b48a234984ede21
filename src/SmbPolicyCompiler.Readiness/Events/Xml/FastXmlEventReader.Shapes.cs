using System.Runtime.CompilerServices;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// Events that repeat the shape of an event read before (<see cref="EventShapes"/>) are taken whole: their holes are
/// handed to the assembler as the full scanner would hand them, element by element in document order. Shapes are learnt
/// from the events the full scanner reads; when few events match, learning stops costing after a budget.
/// </summary>
internal sealed partial class FastXmlEventReader
{
    /// <summary>How much text is kept ahead of an event start so that an event is rarely cut off by the buffer's end.</summary>
    private const int ShapeLookahead = 8 * 1024;
    private const int FirstLearningBudget = 64;
    private const int MatchesPerLearning = 64;

    private readonly EventShapes _shapes = new();
    private readonly int[] _holeStarts = new int[EventShapes.MaxHoles];
    private readonly int[] _holeEnds = new int[EventShapes.MaxHoles];
    private int _learningBudget;

    /// <summary>Events taken whole by their shape.</summary>
    internal long ShapeMatches { get; private set; }

    /// <summary>Where in the buffer the event being read started, while it is still there; -1 otherwise.</summary>
    private int _eventStart = -1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryKnownShape(out AuditEvent? record)
    {
        record = null;
        if (_shapes.Count == 0)
        {
            return false;
        }

        while (_end - _pos < ShapeLookahead && ReadMore())
        {
        }

        var text = Rest;
        if (!_shapes.TryMatch(text, _holeStarts, _holeEnds, out var length, out var elements))
        {
            return false;
        }

        _assembler.BeginEvent(LineAt(_pos));
        foreach (var element in elements)
        {
            var attribute = element.AttributeHole >= 0 ? Hole(text, element.AttributeHole) : element.Attribute.AsSpan();
            _assembler.Start(element.Role, element.LocalName, attribute[..Math.Min(attribute.Length, _attribute.Length)], element.HasAttribute);
            if (element.TextHole >= 0)
            {
                _assembler.Text(Hole(text, element.TextHole));
            }

            _assembler.End(out _);
        }

        _assembler.End(out record);
        _pos += length;
        if (++ShapeMatches % MatchesPerLearning == 0)
        {
            _learningBudget++;
        }

        return true;
    }

    /// <summary>Learns the shape of the event the full scanner has just read, when it is still whole in the buffer.</summary>
    private void LearnShape()
    {
        if (_eventStart < 0 || _learningBudget <= 0 || _shapes.Count >= EventShapes.MaxShapes || _pos - _eventStart > ShapeLookahead)
        {
            return;
        }

        _learningBudget--;
        if (EventShapeBuilder.TryBuild(_buffer.AsSpan(_eventStart, _pos - _eventStart), _attribute.Length) is { } draft)
        {
            _shapes.Add(draft);
        }
    }

    private ReadOnlySpan<char> Hole(ReadOnlySpan<char> text, int hole) => text[_holeStarts[hole].._holeEnds[hole]];
}
