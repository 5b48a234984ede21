using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Inventory;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Output;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Outputs;

/// <summary>
/// The known scenario with an inventory, in every output format, compared byte for byte with the files in
/// Outputs/Golden (SMBPOL_UPDATE_GOLDEN=1 rewrites them; review the diff before committing).
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly Lazy<ReadinessReport> Report = new(() => ReadinessRunner.Run(KnownScenario.Log().Events, new ReadinessOptions { Inventory = Inventory() }));

    public static TheoryData<string> Formats => ["table", "json", "markdown", "csv", "html"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_KnownScenario_MatchesTheGoldenFile(string format)
    {
        var text = Render(Report.Value, Enum.Parse<ReportFormat>(format, ignoreCase: true));

        var extension = format switch { "table" => "txt", "markdown" => "md", _ => format };
        Golden.AssertText(RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Outputs", "Golden", "known." + extension), text);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_EventsReadInAnotherOrder_IsByteForByteTheSame(string format)
    {
        var parsed = Enum.Parse<ReportFormat>(format, ignoreCase: true);
        var reversed = Enumerable.Reverse(KnownScenario.Log().Events).ToList();

        var again = ReadinessRunner.Run(reversed, new ReadinessOptions { Inventory = Inventory() });

        Render(again, parsed).Should().Be(Render(Report.Value, parsed));
    }

    private static ClientInventory Inventory() => ClientInventoryReader.Parse(
        "Name,IP,Owner,DeviceType,Location\nWS-1,,alice@example.com,Laptop,Paris\nOLD-1,10.1.1.9,facilities,Badge reader,Paris lobby\nPRN-3,10.1.1.3,print-team,Printer,Chicago\nWS-2,,bob@example.com,Desktop,Lyon\n",
        "clients.csv",
        new Dictionary<InventoryField, string>());

    private static readonly IReportWriter<ReadinessReport>[] Writers = [new ReadinessText(), new ReadinessJson(), new ReadinessMarkdown(), new ReadinessCsv(), new ReadinessHtml()];

    internal static string Render(ReadinessReport report, ReportFormat format)
    {
        var writer = new StringWriter { NewLine = "\n" };
        Writers.Single(w => w.Format == format).Write(writer, report);
        return writer.ToString();
    }
}
