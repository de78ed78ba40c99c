using System.Net;
using AngleSharp.Html.Parser;
using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GoldenThread.Testing;

/// <summary>
/// The real app on a throwaway database, in demo mode (the demo system QXV and its accounts), plus a
/// second system QAA with its own leadership-team account, so tests can cross the system boundary.
/// </summary>
public class GoldenThreadApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DatabaseProvider provider;

    public const string OtherSystem = "QAA";
    public const string OtherSystemLeader = "other.leader@example.org";
    /// <summary>A professional in the demo system who is also on the other system's leadership team.</summary>
    public const string TwoSystemsUser = "two.systems@example.org";

    public GoldenThreadApp() : this(DatabaseProvider.Sqlite) { }

    protected GoldenThreadApp(DatabaseProvider provider) => this.provider = provider;

    public TestDatabase Database { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        _ = Services; // starts the host: migrations and the demo seed run
        await SeedOtherSystem();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseStaticWebAssets(); // serve wwwroot (NHS.UK frontend) as `dotnet run` does
        builder.UseSetting("ConnectionStrings:GoldenThread", Database.ConnectionString);
        builder.UseSetting("GoldenThread:Demo", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // A test that is about the nightly snapshots runs them itself, on a clock it drives.
        builder.UseSetting("GoldenThread:NightlySnapshots:Enabled", "false");
    }

    private async Task SeedOtherSystem()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
            var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
            db.AddRange(NetworkEntities.From(TinyNetwork.Document(OtherSystem, "NHS Other Vale ICB")).AllRows());
            await db.SaveChangesAsync();
        }
        await CreateAccount(OtherSystemLeader, Roles.LeadershipTeam, OtherSystem);
        bool demoSeeded;
        await using (var scope = Services.CreateAsyncScope())
            demoSeeded = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>().Systems.Any(s => s.Code == DemoNetwork.SystemCode);
        if (!demoSeeded) return;
        await CreateAccount(TwoSystemsUser, Roles.Professional, DemoNetwork.SystemCode);
        await GrantRole(TwoSystemsUser, Roles.LeadershipTeam, OtherSystem);
    }

    public async Task GrantRole(string email, string role, string systemCode)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        db.RoleAssignments.Add(new RoleAssignment
        {
            AccountId = db.Users.Single(u => u.Email == email).Id, Role = role, SystemId = db.Systems.Single(s => s.Code == systemCode).Id,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Adds an account with one role; its password is the demo password.</summary>
    public async Task CreateAccount(string email, string role, string? systemCode, bool isDemo = false)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = email, Email = email, DisplayName = email.Split('@')[0], IsDemo = isDemo };
        var created = await users.CreateAsync(account, DemoSeeder.Password);
        Assert.True(created.Succeeded, string.Join(";", created.Errors.Select(e => e.Description)));
        db.RoleAssignments.Add(new RoleAssignment
        {
            AccountId = account.Id, Role = role,
            SystemId = systemCode is null ? null : db.Systems.Single(s => s.Code == systemCode).Id,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A client that keeps cookies and does not follow redirects, signed in as <paramref name="email"/> (anonymous when null).</summary>
    public async Task<HttpClient> ClientFor(string? email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (email is null) return client;
        var response = await SignIn(client, email, DemoSeeder.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {email} answered {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password)
    {
        var token = await AntiforgeryToken(client, "/account/sign-in");
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<string> AntiforgeryToken(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"{path} has no antiforgery token");
    }

    /// <summary>Posts a form to a page handler, with the page's antiforgery token, expecting the page back (200).</summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostForm(HttpClient client, string page, string handler, Dictionary<string, string> form)
    {
        var response = await PostForm(client, $"{page}?handler={handler}", form, tokenFrom: page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form with the antiforgery token of <paramref name="tokenFrom"/> (by default the page posted to).</summary>
    public static async Task<HttpResponseMessage> PostForm(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> form, string? tokenFrom = null)
    {
        var token = await AntiforgeryToken(client, tokenFrom ?? path);
        return await client.PostAsync(path, new FormUrlEncodedContent(form.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>What a page's form would send as it stands: each field's value, checked radios and checkboxes only.</summary>
    public static List<KeyValuePair<string, string>> FormValues(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("main form input, main form select")
            .Where(e => e.GetAttribute("type") is not ("radio" or "checkbox") || e.HasAttribute("checked"))
            .Where(e => e.GetAttribute("name") is { } name && name != "__RequestVerificationToken")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!,
                (e is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value : e.GetAttribute("value")) ?? ""))
            .ToList();

    /// <summary>Reads the store directly, across every system, to arrange a test or check what a request wrote.</summary>
    public async Task<T> Query<T>(Func<GoldenThreadDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        return await query(scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>());
    }

    public static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
