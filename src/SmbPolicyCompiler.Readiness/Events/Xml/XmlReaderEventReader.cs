using System.Diagnostics.CodeAnalysis;
using System.Xml;

namespace SmbPolicyCompiler.Readiness.Events;

/// <summary>
/// The reference reader: System.Xml.XmlReader over the same assembler as the fast scanner. Fragment conformance
/// (wevtutil writes no root), DTD prohibited, no resolver, entity expansion bounded. XmlReader cannot continue
/// after an XML error, so the rest of a file after its first error is reported and skipped.
/// </summary>
internal sealed class XmlReaderEventReader : IEventRecordReader
{
    private readonly XmlReader _xml;
    private readonly IXmlLineInfo _lineInfo;
    private readonly ReadContext _context;
    private readonly EventXmlAssembler _assembler;
    private readonly char[] _chunk = new char[4096];
    private readonly EndTrackingReader _input;
    private bool _done;

    public XmlReaderEventReader(TextReader input, ReadContext context)
    {
        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CheckCharacters = true,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 0,
            CloseInput = true,
        };
        _input = new EndTrackingReader(input);
        _xml = XmlReader.Create(_input, settings);
        _lineInfo = (IXmlLineInfo)_xml;
        _context = context;
        _assembler = new EventXmlAssembler(context);
    }

    public bool TryRead([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        if (_done)
        {
            return false;
        }

        try
        {
            while (_xml.Read())
            {
                if (Handle(out record))
                {
                    return true;
                }
            }

            if (_assembler.InEvent)
            {
                _context.Problem(ReadProblemKind.TruncatedFile, _assembler.EventLine,
                    $"the file ends inside the event that starts here (truncated export?); the {_assembler.EventsCompleted} complete events before it were kept.");
            }
        }
        catch (XmlException error)
        {
            Failed(error);
        }

        _done = true;
        return false;
    }

    public void Dispose() => _xml.Dispose();

    /// <summary>Feeds one node to the assembler; true when it completed a well-formed event.</summary>
    private bool Handle([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        switch (_xml.NodeType)
        {
            case XmlNodeType.Element:
                return StartElement(out record);
            case XmlNodeType.EndElement when _assembler.InEvent:
                return _assembler.End(out record) && record is not null;
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                when _assembler.InEvent && _assembler.CapturesText:
                int read;
                while ((read = _xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    _assembler.Text(_chunk.AsSpan(0, read));
                }

                return false;
            default:
                return false;
        }
    }

    private bool StartElement([NotNullWhen(true)] out AuditEvent? record)
    {
        record = null;
        var local = _xml.LocalName;
        var empty = _xml.IsEmptyElement;
        if (local == "Event")
        {
            if (_assembler.InEvent)
            {
                _context.Problem(ReadProblemKind.MalformedRecord, _assembler.EventLine,
                    $"the event that starts here has no end tag before the next <Event> at line {_lineInfo.LineNumber}; it was skipped.");
            }

            _assembler.BeginEvent(_lineInfo.LineNumber);
            return empty && _assembler.End(out record) && record is not null;
        }

        if (!_assembler.InEvent)
        {
            return false;
        }

        var role = _assembler.RoleFor(local);
        var wanted = XmlRoles.WantedAttribute(role);
        var attribute = wanted is null ? null : _xml.GetAttribute(wanted);
        if (!_assembler.Start(role, local, attribute, attribute is not null))
        {
            throw new XmlException($"elements are nested more than {EventXmlAssembler.MaxDepth} deep", null, _lineInfo.LineNumber, _lineInfo.LinePosition);
        }

        return empty && _assembler.End(out record) && record is not null;
    }

    private void Failed(XmlException error)
    {
        if (_assembler.InEvent && _input.AtEnd && error.LineNumber >= _input.LastTextLine)
        {
            _context.Problem(ReadProblemKind.TruncatedFile, _assembler.EventLine,
                $"the file ends inside the event that starts here (truncated export?); the {_assembler.EventsCompleted} complete events before it were kept.");
            _assembler.Abandon();
        }
        else if (_assembler.InEvent)
        {
            _context.Problem(ReadProblemKind.MalformedRecord, _assembler.EventLine,
                $"the event that starts here is not well-formed XML ({error.Message}); XmlReader cannot go on, so the rest of the file was not read.");
            _assembler.Abandon();
        }
        else if (!(_input.AtEnd && error.LineNumber >= _input.LastTextLine))
        {
            // At the very end outside any event only wrappers or an already reported event are left open: nothing is lost.
            _context.Problem(ReadProblemKind.MalformedRecord, error.LineNumber,
                $"not well-formed XML ({error.Message}); XmlReader cannot go on, so the rest of the file was not read.");
        }
    }
}
