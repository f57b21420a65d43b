using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coex.Hardware;

/// <summary>
/// JSON form of accelerator specs: camelCase names, enums as strings, unknown members rejected (a misspelt field
/// must not silently fall back to a default), and every loaded spec validated.
/// </summary>
public static class HardwareJson
{
    /// <summary>The options every spec is read and written with.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // Options converters outrank a type's [JsonConverter], so the dataflow's own comes first.
        Converters = { new DataflowJsonConverter(), new JsonStringEnumConverter() },
    };

    internal static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    internal static T Deserialize<T>(string json, string what) where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Invalid {what} JSON: {e.Message}", nameof(json), e);
        }
        return value ?? throw new ArgumentException($"Invalid {what} JSON: the document is null.", nameof(json));
    }
}
