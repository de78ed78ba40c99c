namespace GoldenThread.Web.Shell;

/// <summary>
/// Response headers that keep pages from being framed, sniffed or made to run someone else's script. The
/// content security policy allows only this site's scripts and styles (no inline script) and the NHS font CDN;
/// the API reference page (a third-party bundle with inline configuration) gets only the framing rule.
/// </summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' https://assets.nhs.uk; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            // Set as the response starts, so pages written by the exception handler (which clears headers) carry them too.
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
            ? "frame-ancestors 'none'"
            : ContentSecurityPolicy;
    }
}
