using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coex.Cli;

/// <summary>JSON settings for the quantization tool reports: indented, infinite/NaN dB values and enums written as strings.</summary>
internal static class QuantToolJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        IgnoreReadOnlyProperties = false,
        Converters = { new JsonStringEnumConverter() },
    };
}
