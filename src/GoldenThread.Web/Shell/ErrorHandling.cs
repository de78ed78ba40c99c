namespace GoldenThread.Web.Shell;

public static class ErrorHandling
{
    /// <summary>
    /// No request ever sees a stack trace: the API answers <c>application/problem+json</c>, pages answer
    /// NHS.UK-styled error pages (<c>/error</c>, <c>/error/{status}</c>).
    /// </summary>
    public static void UseGoldenThreadErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !IsApi(ctx), pages =>
        {
            pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
