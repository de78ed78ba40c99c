using GoldenThread.Programmes;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// A list the team builds one item at a time on its own page (measures, senior sponsors, members): where the list page
/// is, the JSON path of its items, the most it may hold, how an item is named when the team is asked to remove it, and
/// the removal.
/// </summary>
public abstract record ItemList(string Slug, string JsonPath, string Singular, int Most)
{
    public abstract IReadOnlyList<string> Names(ApplicationContent content);
    public abstract ApplicationContent Remove(ApplicationContent content, int index);

    public static readonly ItemList<ProposedMeasure> Measures = new("measures", "measures", "measure", ApplicationRules.MostMeasures,
        c => c.Measures, (c, items) => c with { Measures = items }, m => m.Name);

    public static readonly ItemList<Sponsor> Sponsors = new("sponsors", "sponsors", "senior sponsor", ApplicationRules.MostSponsors,
        c => c.Sponsors, (c, items) => c with { Sponsors = items }, s => s.Name);

    public static readonly ItemList<TeamMember> Members = new("members", "members", "team member", ApplicationRules.MostMembers,
        c => c.Members, (c, items) => c with { Members = items }, m => m.Name);

    public static readonly IReadOnlyList<ItemList> All = [Measures, Sponsors, Members];

    public static ItemList? Find(string? slug) => All.FirstOrDefault(l => l.Slug == slug);

    /// <summary>The item at <paramref name="index"/> from the address ("add" for a new one); false when the address names neither.</summary>
    public static bool TryIndex(string item, int count, out int? index)
    {
        index = null;
        if (item == "add") return true;
        if (!int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) || i >= count)
            return false;
        index = i;
        return true;
    }
}

/// <summary>A list of <typeparamref name="T"/>: where the content keeps it, and how one of them is named.</summary>
public sealed record ItemList<T>(string Slug, string JsonPath, string Singular, int Most,
    Func<ApplicationContent, IReadOnlyList<T>> Items, Func<ApplicationContent, IReadOnlyList<T>, ApplicationContent> With, Func<T, string> NameOf)
    : ItemList(Slug, JsonPath, Singular, Most)
{
    public override IReadOnlyList<string> Names(ApplicationContent content) => [.. Items(content).Select(NameOf)];

    public override ApplicationContent Remove(ApplicationContent content, int index) => With(content, [.. Items(content).Where((_, i) => i != index)]);
}
