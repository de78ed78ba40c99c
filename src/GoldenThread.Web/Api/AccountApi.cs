using GoldenThread.Data.Access;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace GoldenThread.Web.Api;

public static class AccountApi
{
    public sealed record TokenRequest(string? Email, string? Password);
    public sealed record Me(string Name, IReadOnlyList<string> Roles);

    public static void MapAccountApi(this RouteGroupBuilder v1)
    {
        v1.MapPost("/token", IssueToken).RequireAuthorization(Policies.Public).WithTags("Account")
            .WithSummary("Exchange an email and password for a bearer token (one hour).");
        v1.MapGet("/me", (HttpContext http) => TypedResults.Ok(new Me(http.User.DisplayName(),
                [.. http.User.RoleGrants().Select(g => g.ToString())])))
            .RequireAuthorization(Policies.SignedIn).WithTags("Account").WithSummary("The signed-in account and its roles.");
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> IssueToken(
        TokenRequest request, SignInManager<Account> signIn)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["Enter an email address"];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Enter a password"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email!, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.Empty; // the bearer handler has written the token
        return TypedResults.Problem(
            result.IsLockedOut ? "The account is locked after too many failed attempts; try again in 15 minutes." : "The email address or password is not correct.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");
    }
}
