using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Shell;

public static class StartupTasks
{
    /// <summary>Applies migrations and, in demo mode, seeds the demo system, before the first request.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GoldenThreadOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        if (options.MigrateOnStart)
            await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
        if (options.Demo)
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
