using System.Text.Json;
using System.Text.Json.Serialization;
using GoldenThread.Network;

namespace GoldenThread.Interchange;

/// <summary>Reads and writes the <c>goldenthread/network/v1</c> file: JSON that is malformed, of the wrong type,
/// missing a field or carrying an unknown one is reported at its JSON path, like every other error.</summary>
public static class NetworkFile
{
    private static readonly JsonSerializerOptions Strict = new(NetworkDocument.JsonOptions)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public sealed record Reading(NetworkDocument? Document, IReadOnlyList<NetworkError> Errors);

    /// <summary>Parses then validates; a document is returned only when there is nothing wrong with it.</summary>
    public static Reading Read(string json, Vocabularies vocabularies)
    {
        NetworkDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<NetworkDocument>(json, Strict);
        }
        catch (JsonException e)
        {
            return new Reading(null, [new NetworkError(e.Path ?? "$", Explain(e))]);
        }
        if (document is null) return new Reading(null, [new NetworkError("$", "the file holds no network")]);
        var errors = NetworkValidator.Validate(document, vocabularies);
        return new Reading(errors.Count == 0 ? document : null, errors);
    }

    public static string Write(NetworkDocument document) => JsonSerializer.Serialize(document, NetworkDocument.JsonOptions);

    /// <summary>
    /// A short hash of the exported file: it changes exactly when the network does, so it serves as the network's
    /// ETag and lets a confirmed import check that nothing changed since its preview.
    /// </summary>
    public static string Fingerprint(NetworkDocument document) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Write(document))))[..32];

    private static string Explain(JsonException e)
    {
        var line = e.LineNumber is { } n ? $" (line {n + 1})" : "";
        var message = e.Message;
        if (message.Contains("missing required properties", StringComparison.Ordinal))
            return $"is missing a required field: {message[(message.LastIndexOf(':') + 1)..].Trim().TrimEnd('.')}{line}";
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
            return $"is not a field of the network file{line}";
        if (message.Contains("could not be converted", StringComparison.Ordinal))
            return $"has a value of the wrong kind{line}";
        return $"is not valid JSON{line}";
    }
}
