using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmbPolicyCompiler.Readiness.Events.Aggregate;

/// <summary>Source-generated metadata for reading aggregate rows as JSON elements, one at a time.</summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class AggregateJsonContext : JsonSerializerContext;
