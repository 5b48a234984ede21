using System.Text;

namespace SmbPolicyCompiler.Readiness.Events.Dump;

/// <summary>Writes records in one dump format into a buffer; one writer per buffer (the chunks of an .evtx file are rendered in parallel).</summary>
internal abstract class DumpWriter(ByteBuffer output)
{
    protected ByteBuffer Output => output;

    public static DumpWriter Create(DumpFormat format, ByteBuffer output) => format switch
    {
        DumpFormat.Xml => new XmlDumpWriter(output),
        DumpFormat.Csv => new CsvDumpWriter(output),
        _ => new NdjsonDumpWriter(output),
    };

    /// <summary>What comes before the first record (XML declaration and root, CSV header).</summary>
    public virtual void WriteStart()
    {
    }

    public abstract void Write(IDumpRecord record);

    /// <summary>What comes after the last record.</summary>
    public virtual void WriteEnd()
    {
    }

    /// <summary>Puts everything written so far into the buffer.</summary>
    public virtual void Flush()
    {
    }

    protected void WriteText(string text) => Encoding.UTF8.GetBytes(text, output);
}
