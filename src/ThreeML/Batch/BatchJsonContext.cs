using System.Text.Json.Serialization;

namespace ThreeML.Batch;

// Source-generated (de)serialisers for the batch records: no reflection, so the ahead-of-time compiled tool reads and
// writes exactly what the JIT build does (snake_case names, NaN/Infinity as named literals, indented).
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(BatchTaskRecord))]
[JsonSerializable(typeof(BatchSummaryInfo))]
internal sealed partial class BatchJsonContext : JsonSerializerContext;
