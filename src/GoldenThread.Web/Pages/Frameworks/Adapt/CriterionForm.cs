using GoldenThread.Data;
using GoldenThread.Frameworks;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Adapt;

/// <summary>The wording of a criterion, shared by adding one and changing one: what good looks like and each level's guidance.</summary>
public abstract class CriterionForm(GoldenThreadDbContext db, TimeProvider time) : AdaptationPage(db, time)
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public List<string?> Guidance { get; set; } = [];

    public IReadOnlyList<RatingLevel> Levels => Current.Definition.Levels;

    /// <summary>The guidance line of level <paramref name="index"/>, blank when there is none.</summary>
    public string? GuidanceAt(int index) => index < Guidance.Count ? Guidance[index] : null;

    protected string[] CriterionFieldOrder(params string[] first) =>
        ["", .. first, "Text", .. Levels.Select((_, i) => $"Guidance[{i}]"), "Note"];
}
