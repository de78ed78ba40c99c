using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Api;
using GoldenThread.Web.Demo;
using GoldenThread.Web.Representation;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Formatting.Compact;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, log) =>
{
    log.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
    if (builder.Environment.IsDevelopment()) log.WriteTo.Console();
    else log.WriteTo.Console(new RenderedCompactJsonFormatter());
});

builder.Services.Configure<GoldenThreadOptions>(builder.Configuration.GetSection("GoldenThread"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddGoldenThreadData(DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath));
builder.Services.AddGoldenThreadAccess(builder.Configuration);
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddRepresentationHistory(builder.Configuration);
// Razor Pages validate the antiforgery token of every POST by default.
builder.Services.AddRazorPages().AddMvcOptions(options =>
{
    // Ids in the address win over form fields of the same name: authorization checked the address, so a posted
    // bodyId or personId must not replace it afterwards (model binding reads the form first by default).
    var route = options.ValueProviderFactories.OfType<Microsoft.AspNetCore.Mvc.ModelBinding.RouteValueProviderFactory>().Single();
    options.ValueProviderFactories.Remove(route);
    options.ValueProviderFactories.Insert(0, route);
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "GoldenThread API";
    document.Info.Description = "Clinical and care professional leadership for an integrated care system.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks().AddDbContextCheck<GoldenThreadDbContext>("database");

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseSerilogRequestLogging();
app.UseSecurityHeaders();
app.UseGoldenThreadErrors();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticAssets().RequireAuthorization(Policies.Public);
app.MapRazorPages();
app.MapGoldenThreadApi();
app.MapOpenApi().RequireAuthorization(Policies.Public);
// No telemetry, AI agent or third-party fonts from the reference page: it runs inside NHS networks.
app.MapScalarApiReference(o => o.WithTitle("GoldenThread API").DisableTelemetry().DisableAgent().DisableMcp().HideDeveloperTools().DisableDefaultFonts())
    .RequireAuthorization(Policies.Public);
app.MapHealthChecks("/health").RequireAuthorization(Policies.Public);
app.MapFallback(context =>
{
    context.Response.StatusCode = StatusCodes.Status404NotFound;
    return Task.CompletedTask;
}).RequireAuthorization(Policies.Public);

app.Run();

/// <summary>The web app's entry point, visible to the test host.</summary>
public partial class Program;
