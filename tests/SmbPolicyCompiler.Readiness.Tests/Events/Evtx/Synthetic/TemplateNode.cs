namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx.Synthetic;

/// <summary>The XML of a BinXml template, as the synthetic writer encodes it.</summary>
internal abstract record TemplateNode;

internal sealed record TemplateElement(string Name, IReadOnlyList<(string Name, TemplateNode Value)> Attributes, IReadOnlyList<TemplateNode> Children) : TemplateNode
{
    public TemplateElement(string name, params TemplateNode[] children)
        : this(name, [], children)
    {
    }
}

internal sealed record TemplateText(string Text) : TemplateNode;

/// <summary>A placeholder for the record's value at <paramref name="Index"/>; an optional one drops a null value.</summary>
internal sealed record TemplateSubstitution(int Index, byte Type, bool Optional = false) : TemplateNode;

/// <summary>A template: its identifier (the first four bytes also name it in template instances) and its root element.</summary>
internal sealed record BinXmlTemplate(Guid Id, TemplateElement Root)
{
    public uint ShortId => BitConverter.ToUInt32(Id.ToByteArray(), 0);
}
