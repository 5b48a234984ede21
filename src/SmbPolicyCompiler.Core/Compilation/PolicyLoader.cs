using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Inventory;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Core.Rules;
using SmbPolicyCompiler.Core.Schema;
using SmbPolicyCompiler.Core.Syntax;
using SmbPolicyCompiler.Core.Text;
using SmbPolicyCompiler.Formats.Input;

namespace SmbPolicyCompiler.Core.Compilation;

/// <summary>
/// The front end: files → YAML → schema → model → inventory → binding → rules. A stage that finds errors stops
/// the pipeline before the next one, so later diagnostics never cascade from earlier mistakes.
/// </summary>
public static class PolicyLoader
{
    /// <param name="root">A policy folder (or a single policy file).</param>
    /// <param name="asOf">"Today", so that expiry and date checks are reproducible.</param>
    /// <param name="displayRoot">How the root is named in diagnostics; defaults to <paramref name="root"/>.</param>
    public static PolicyCompilation Load(string root, DateOnly asOf, string? displayRoot = null)
    {
        displayRoot ??= root;
        var diagnostics = new DiagnosticBag();
        var model = ReadModel(root, displayRoot, diagnostics);
        if (model is null || diagnostics.HasErrors)
        {
            return new PolicyCompilation(root, asOf, diagnostics.ToSortedList(), model, null);
        }

        var resolved = Binder.Bind(model, asOf);
        var context = new RuleContext(resolved, asOf);
        foreach (var rule in RuleSet.All)
        {
            diagnostics.AddRange(rule.Check(context));
        }

        return new PolicyCompilation(root, asOf, diagnostics.ToSortedList(), model, resolved);
    }

    private static PolicyModel? ReadModel(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        // The YAML trees die with ReadDefinitions' frame, so they are garbage before the inventory (the biggest part) is read.
        if (ReadDefinitions(root, displayRoot, diagnostics) is not { } definitions)
        {
            return null;
        }

        var inventory = LoadInventory(definitions.Policy, definitions.RealPaths, diagnostics);
        return new PolicyModel(root, definitions.Policy, definitions.Groups, definitions.Rings, definitions.Exceptions, inventory,
            definitions.RealPaths.Keys.ToList());
    }

    private static Definitions? ReadDefinitions(string root, string displayRoot, DiagnosticBag diagnostics)
    {
        var found = PolicyFiles.Find(root);
        if (found.Problems.FirstOrDefault(p => p.Kind != InputPathProblemKind.EmptyFolder) is { } problem)
        {
            diagnostics.Add(PolicyDiagnostics.Unreadable(problem.Path == root ? displayRoot : problem.Path, problem.Reason));
            return null;
        }

        var files = found.Files.Select(f => f.Path).ToList();
        if (files.Count == 0)
        {
            diagnostics.Add(PolicyDiagnostics.NoPolicyFiles(displayRoot));
            return null;
        }

        var reader = new PolicyReader(diagnostics);
        var realPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var displays = found.Files.Select(f => PolicyFiles.DisplayPath(displayRoot, f)).ToList();
        var loaded = new (IReadOnlyList<YMapping> Documents, DiagnosticBag Diagnostics)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var bag = new DiagnosticBag();
            loaded[i] = (LoadDocuments(files[i], displays[i], bag), bag);
        });
        for (var i = 0; i < files.Count; i++)
        {
            realPaths[displays[i]] = files[i];
            diagnostics.AddRange(loaded[i].Diagnostics);
            foreach (var document in loaded[i].Documents)
            {
                reader.Add(document);
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var (policy, groups, rings, exceptions) = reader.Finish(displayRoot);
        if (policy is null || diagnostics.HasErrors)
        {
            return null;
        }

        return new Definitions(policy, groups, rings, exceptions, realPaths);
    }

    /// <summary>Reads, parses and schema-checks one file. Files are independent, so they are loaded in parallel.</summary>
    private static IReadOnlyList<YMapping> LoadDocuments(string file, string display, DiagnosticBag diagnostics)
    {
        var text = SourceDecoder.Read(file, display, diagnostics);
        if (text is null)
        {
            return [];
        }

        var documents = new List<YMapping>();
        foreach (var document in YamlLoader.Load(display, text, diagnostics))
        {
            if (document is not YMapping mapping)
            {
                diagnostics.Add(PolicyDiagnostics.WrongType(document.Location, "a policy file", "a mapping of sections (policy, groups, rings, exceptions)", document.KindName));
                continue;
            }

            var errors = SchemaValidator.Validate(mapping);
            diagnostics.AddRange(errors);
            if (errors.Count == 0)
            {
                documents.Add(mapping);
            }
        }

        return documents;
    }

    private static ComputerInventory? LoadInventory(PolicySettings policy, Dictionary<string, string> realPaths, DiagnosticBag diagnostics)
    {
        if (policy.Inventory is not { } inventory)
        {
            return null;
        }

        var declaringDisplay = inventory.Location.Path;
        var declaringFile = realPaths[declaringDisplay];
        var path = Path.Combine(Path.GetDirectoryName(declaringFile) ?? ".", inventory.Value);
        var display = Path.Combine(Path.GetDirectoryName(declaringDisplay) ?? "", inventory.Value).Replace('\\', '/');
        if (!File.Exists(path))
        {
            diagnostics.Add(PolicyDiagnostics.InventoryUnreadable(inventory.Location, $"'{display}' does not exist; fix policy.inventory or export the computers CSV there"));
            return null;
        }

        return InventoryReader.Read(path, display, diagnostics);
    }

    private sealed record Definitions(
        PolicySettings Policy,
        IReadOnlyList<GroupDefinition> Groups,
        IReadOnlyList<RingDefinition> Rings,
        IReadOnlyList<ExceptionDefinition> Exceptions,
        Dictionary<string, string> RealPaths);
}
