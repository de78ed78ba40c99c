using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GoldenThread.Web.Api;

/// <summary>Requests to the API as its tests send them: a JSON body and If-Match when given, and the answer read as JSON.</summary>
internal static class ApiCalls
{
    public static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body = null, EntityTagHeaderValue? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.IfMatch.Add(ifMatch);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
}
