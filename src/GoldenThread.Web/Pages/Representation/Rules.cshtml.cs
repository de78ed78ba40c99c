using GoldenThread.Data;
using GoldenThread.Representation;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Representation;

/// <summary>The representation rules this system is checked against: what each asks, why, and how it is set.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class RulesModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public RuleCatalogue Catalogue { get; } = RepresentationEngine.Default.Catalogue;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Representation rules", cancellationToken) is not { } system) return NotFound();
        Within("Representation", $"/systems/{system.Code}/representation");
        return Page();
    }

    /// <summary>"years: 6", "kinds: ICB board, ICP"; parameters as a person reads them.</summary>
    public static IEnumerable<string> Settings(RuleDefinition rule) =>
        RepresentationEngine.Rules.First(r => r.Id == rule.Id).Defaults.Keys.Select(name => name switch
        {
            "kinds" or "exemptKinds" => $"{Labels.Of(name == "kinds" ? "body-kinds" : "exempt-body-kinds")}: {string.Join(", ", rule.Parameters.Strings(name).Select(Labels.Of))}",
            "years" => $"Years: {rule.Parameters.Number(name)}",
            "minimum" => $"Minimum: {rule.Parameters.Number(name)}",
            "topic" => $"Topic: {rule.Parameters.Text(name)}",
            _ => $"{Labels.Of(name)}: {string.Join(", ", rule.Parameters.Strings(name))}",
        });
}
