using System.Net;
using GoldenThread.Testing;
using GoldenThread.Web.Access;
using GoldenThread.Web.Demo;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GoldenThread.Web.Access;

/// <summary>
/// Walks every endpoint the app maps (Razor pages and API) and, for anonymous and each role, checks the
/// answer is what the permission table says. A new endpoint without a policy fails here.
/// </summary>
public class PermissionTableTests(GoldenThreadApp app, ITestOutputHelper output) : IClassFixture<GoldenThreadApp>
{
    public enum Expect { Allowed, SignIn, Forbidden, NotFound }

    private const string Anonymous = "anonymous";

    /// <summary>Who is asking: anonymous, each demo role in the demo system, and a leader of another system.</summary>
    private static readonly string[] Principals =
        [Anonymous, .. DemoSeeder.Accounts.Select(a => a.Email), GoldenThreadApp.OtherSystemLeader];

    private static Expect Table(string policy, string principal)
    {
        if (principal == Anonymous) return policy == Policies.Public ? Expect.Allowed : Expect.SignIn;
        var role = DemoSeeder.Accounts.SingleOrDefault(a => a.Email == principal)?.Role ?? "leadership-team@other";
        return policy switch
        {
            Policies.Public or Policies.SignedIn => Expect.Allowed,
            Policies.SystemMember or Policies.SystemLeadership or Policies.SystemAdmin when !Policies.SystemPolicyRoles[Policies.SystemMember].Contains(role) => Expect.NotFound,
            Policies.SystemMember or Policies.SystemLeadership or Policies.SystemAdmin => Policies.SystemPolicyRoles[policy].Contains(role) ? Expect.Allowed : Expect.Forbidden,
            Policies.ProgrammeOperator => role == "programme-operator" ? Expect.Allowed : Expect.Forbidden,
            Policies.Reviewer => role == "reviewer" ? Expect.Allowed : Expect.Forbidden,
            _ => throw new InvalidOperationException($"policy {policy} is not in the permission table"),
        };
    }

    /// <summary>Values for route parameters; a new parameter needs a sample here.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["code"] = "QXV", ["documentName"] = "v1", ["status"] = "400",
    };

    public sealed record Probe(string Method, string Path, string Policy);

    private IReadOnlyList<Probe> Probes()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticAsset(e));
        var probes = new List<Probe>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(policies.Count == 1 && policies[0] is not null && Policies.All.Contains(policies[0]!),
                $"{route} ({endpoint.DisplayName};; {string.Join(",", endpoint.Metadata.Select(m => m.GetType().Name))}) must name exactly one policy from Policies (has: {string.Join(", ", policies.Select(p => p ?? "(none)"))})");
            if (IsFallback(endpoint)) continue; // catch-alls answer 404 for what nothing else maps
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(Segment)).TrimEnd('/');
            probes.AddRange(methods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE" or "PATCH")
                .Select(m => new Probe(m, path == "" ? "/" : path, policies[0]!)));
        }
        return probes.Distinct().ToList();
    }

    private static bool IsFallback(Endpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "FallbackMetadata");

    /// <summary>Files under wwwroot (NHS.UK frontend, our CSS and JS): public by design, mapped by the framework.</summary>
    /// <remarks>The test host also maps a catch-all for files added after the build (<c>{**path:file}</c>), outside our conventions.</remarks>
    private static bool IsStaticAsset(Endpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Assembly.GetName().Name == "Microsoft.AspNetCore.StaticAssets")
        || (IsFallback(endpoint) && (endpoint as RouteEndpoint)?.RoutePattern.RawText == "{**path:file}");

    private static string Segment(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPathSegment segment) =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsOptional: true } p when !Samples.ContainsKey(p.Name) => "",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p => Samples.TryGetValue(p.Name, out var value) ? value
                : throw new InvalidOperationException($"add a sample value for route parameter {{{p.Name}}}"),
            _ => "",
        }));

    [Fact]
    public void EveryEndpoint_NamesOnePolicyFromTheTable()
    {
        var probes = Probes();

        Assert.Contains(probes, p => p.Path == "/systems/QXV/audit");
        Assert.Contains(probes, p => p.Path == "/api/v1/systems/QXV");
        Assert.Contains(probes, p => p.Path == "/account/sign-in" && p.Method == "POST");
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachPrincipalAsThePermissionTableSays()
    {
        var probes = Probes();
        var wrong = new List<string>();
        foreach (var principal in Principals)
        {
            using var client = await app.ClientFor(principal == Anonymous ? null : principal);
            foreach (var probe in probes)
            {
                using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Path);
                if (probe.Method != "GET") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request);
                var expected = Table(probe.Policy, principal);
                var actual = Classify(response, probe.Path);
                if (actual != expected)
                    wrong.Add($"{principal} {probe.Method} {probe.Path} [{probe.Policy}]: expected {expected}, got {actual} ({(int)response.StatusCode})");
            }
        }
        output.WriteLine($"{probes.Count} probes × {Principals.Length} principals");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static Expect Classify(HttpResponseMessage response, string path)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        if (status == 401 || (status == 302 && location.Contains("/account/sign-in", StringComparison.Ordinal) && location.Contains("ReturnUrl", StringComparison.Ordinal)))
            return Expect.SignIn;
        if (status == 403) return Expect.Forbidden;
        if (status == 404) return Expect.NotFound;
        Assert.True(status < 500, $"{path} answered {status}");
        return Expect.Allowed;
    }
}
