using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Adapt;

/// <summary>Changes the rating levels' names and descriptions; how many levels there are stays.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class LevelsModel(GoldenThreadDbContext db, TimeProvider time) : AdaptationPage(db, time)
{
    [BindProperty] public List<string?> LevelNames { get; set; } = [];
    [BindProperty] public List<string?> LevelDescriptions { get; set; } = [];

    public IReadOnlyList<RatingLevel> Levels => Current.Definition.Levels;

    public string? At(List<string?> values, int index) => index < values.Count ? values[index] : null;

    protected override string[] FieldOrder =>
        ["", .. Levels.SelectMany((_, i) => new[] { $"LevelNames[{i}]", $"LevelDescriptions[{i}]" }), "Note"];

    protected override string FieldKey(string field) => field switch
    {
        "note" => "Note",
        _ when field.StartsWith("levels[", StringComparison.Ordinal) && field.EndsWith(".name", StringComparison.Ordinal) => $"LevelNames{field[6..^5]}",
        _ when field.StartsWith("levels[", StringComparison.Ordinal) && field.EndsWith(".description", StringComparison.Ordinal) => $"LevelDescriptions{field[6..^12]}",
        _ => "",
    };

    protected override void Fill() =>
        (LevelNames, LevelDescriptions) = ([.. Levels.Select(l => (string?)l.Name)], [.. Levels.Select(l => (string?)l.Description)]);

    public async Task<IActionResult> OnGetAsync(string code, Guid frameworkId, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, frameworkId, "Change the level words", tracked: false, cancellationToken)) return NotFound();
        Fill();
        Version = Framework.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid frameworkId, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, frameworkId, "Change the level words", tracked: true, cancellationToken)) return NotFound();
        var words = Levels.Select((_, i) => new LevelWords(At(LevelNames, i), At(LevelDescriptions, i))).ToList();
        return await AdaptAsync(new RenameLevels(words), _ => "Level words changed", cancellationToken);
    }
}
