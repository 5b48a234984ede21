using NJsonSchema;
using NJsonSchema.Validation;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Syntax;

namespace SmbPolicyCompiler.Core.Schema;

/// <summary>Validates one YAML document against the policy schema and reports every error at its YAML position.</summary>
internal static class SchemaValidator
{
    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    public static IReadOnlyList<Diagnostic> Validate(YNode root)
    {
        var projection = new JsonProjection();
        var json = projection.Project(root);
        var errors = PolicySchema.Schema.Validate(json);
        return Leaves(errors).Select(e => ToDiagnostic(root, e)).ToList();
    }

    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            var children = error switch
            {
                ChildSchemaValidationError child => child.Errors.Values.SelectMany(v => v).ToList(),
                _ => [],
            };
            if (children.Count == 0)
            {
                yield return error;
                continue;
            }

            foreach (var leaf in Leaves(children))
            {
                yield return leaf;
            }
        }
    }

    private static Diagnostic ToDiagnostic(YNode root, ValidationError error)
    {
        var (node, key, complete) = SchemaPathResolver.Resolve(root, error.Path ?? "#/");
        var schema = error.Schema?.ActualSchema;
        var field = error.Property is { Length: > 0 } p && !p.StartsWith('[') ? $"'{p}'" : "this item";
        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var known = schema?.ActualProperties.Keys ?? [];
                return PolicyDiagnostics.UnknownField((key ?? node).Location, error.Property ?? "?", NameSuggester.Suggest(error.Property ?? "", known));
            case ValidationErrorKind.PropertyRequired:
                return PolicyDiagnostics.MissingField(node.Location, error.Property ?? "?", complete ? "this entry" : Describe(node, key));
            case ValidationErrorKind.NotInEnumeration:
                var allowed = schema?.Enumeration.Select(v => v?.ToString() ?? "null") ?? [];
                return PolicyDiagnostics.NotAllowed(node.Location, field, ScalarText(node), allowed);
            case ValidationErrorKind.PatternMismatch when schema?.Pattern == DatePattern:
                return PolicyDiagnostics.InvalidDate(node.Location, ScalarText(node));
            case ValidationErrorKind.PatternMismatch:
                return PolicyDiagnostics.Schema(node.Location, $"'{ScalarText(node)}' is not a valid value for {field}" + (schema?.Description is { } d ? $": {d}" : ""));
            default:
                if (ExpectedType(error.Kind) is { } expected)
                {
                    return PolicyDiagnostics.WrongType(node.Location, field, expected, Actual(node));
                }

                return PolicyDiagnostics.Schema(node.Location, $"{field}: {Explain(error.Kind, schema)}");
        }
    }

    private static string Describe(YNode node, YScalar? key) => key is null ? "this entry" : $"'{key.Value}'";

    private static string ScalarText(YNode node) => node is YScalar s ? s.Value : node.KindName;

    private static string Actual(YNode node) => node switch
    {
        YScalar s when s.IsNull => "empty",
        YScalar s => JsonProjection.ProjectScalar(s).Type switch
        {
            Newtonsoft.Json.Linq.JTokenType.Integer => $"the number {s.Value}",
            Newtonsoft.Json.Linq.JTokenType.Float => $"the number {s.Value}",
            Newtonsoft.Json.Linq.JTokenType.Boolean => $"the boolean {s.Value}",
            _ => $"the text '{s.Value}'",
        },
        _ => node.KindName,
    };

    private static string? ExpectedType(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => "text",
        ValidationErrorKind.IntegerExpected => "a whole number",
        ValidationErrorKind.NumberExpected => "a number",
        ValidationErrorKind.BooleanExpected => "true or false",
        ValidationErrorKind.ArrayExpected => "a list",
        ValidationErrorKind.ObjectExpected => "a mapping",
        ValidationErrorKind.NullExpected => "empty",
        _ => null,
    };

    private static string Explain(ValidationErrorKind kind, JsonSchema? schema) => kind switch
    {
        ValidationErrorKind.NumberTooSmall => $"must be at least {schema?.Minimum}",
        ValidationErrorKind.NumberTooBig => $"must be at most {schema?.Maximum}",
        ValidationErrorKind.NumberNotMultipleOf => $"must be a multiple of {schema?.MultipleOf}",
        ValidationErrorKind.StringTooShort => $"must have at least {schema?.MinLength} character(s)",
        ValidationErrorKind.StringTooLong => $"must have at most {schema?.MaxLength} characters",
        ValidationErrorKind.TooFewItems => $"needs at least {schema?.MinItems} item(s)",
        ValidationErrorKind.TooManyItems => $"allows at most {schema?.MaxItems} items",
        _ => $"does not match the schema ({kind})",
    };
}
