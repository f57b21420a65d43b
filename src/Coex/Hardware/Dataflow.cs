using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coex.Hardware;

/// <summary>
/// Which operand stays in the PEs while the others stream, with SCALE-Sim v2's mapping of the GEMM
/// <c>Out[M×N] = In[M×K]·W[K×N]</c> onto the array: spatial rows Sr, spatial columns Sc, temporal length T.
/// </summary>
[JsonConverter(typeof(DataflowJsonConverter))]
public enum Dataflow
{
    /// <summary>Outputs stay: Sr = M (output pixels), Sc = N (filters), T = K (window).</summary>
    OutputStationary,
    /// <summary>Weights stay: Sr = K (window), Sc = N (filters), T = M (output pixels).</summary>
    WeightStationary,
    /// <summary>Inputs stay: Sr = K (window), Sc = M (output pixels), T = N (filters).</summary>
    InputStationary,
}

/// <summary>
/// Reads a <see cref="Dataflow"/> from its name or SCALE-Sim's short form ("os", "ws", "is", any case) and writes
/// the full name; an unknown name fails naming the value and the accepted ones.
/// </summary>
public sealed class DataflowJsonConverter : JsonConverter<Dataflow>
{
    public override Dataflow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Dataflow must be a string, got {reader.TokenType}.");
        string text = reader.GetString() ?? "";
        return Parse(text) ?? throw new JsonException(
            $"Unknown dataflow '{text}'; expected OutputStationary, WeightStationary, InputStationary (or os, ws, is).");
    }

    public override void Write(Utf8JsonWriter writer, Dataflow value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    /// <summary>The dataflow a name denotes, or null when it names none.</summary>
    public static Dataflow? Parse(string text) => text.Trim().ToUpperInvariant() switch
    {
        "OS" or "OUTPUTSTATIONARY" => Dataflow.OutputStationary,
        "WS" or "WEIGHTSTATIONARY" => Dataflow.WeightStationary,
        "IS" or "INPUTSTATIONARY" => Dataflow.InputStationary,
        _ => null,
    };
}
