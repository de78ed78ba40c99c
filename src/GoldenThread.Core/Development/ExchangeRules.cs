using System.Globalization;
using GoldenThread.Frameworks;
using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>An exchange round's fields as given; <see cref="Slots"/> is the text typed, half-days separated by lines, commas or spaces.</summary>
public sealed record ExchangeRoundFields(string? Title, string? Description, string? Slots, DateOnly? SignUpClosesOn, decimal? VisitHours);

/// <summary>An improvement idea as given: its text and the code of its theme.</summary>
public sealed record ExchangeIdeaFields(string? Text, string? Theme);

/// <summary>
/// The checks on a workplace exchange round, a sign-up and a reflection, keyed by camelCase field names, and the fixed
/// themes of improvement ideas. Whether the places, people and pairs named exist is the caller's to check.
/// </summary>
public static class ExchangeRules
{
    /// <summary>The most half-days a round offers: enough for a term of weekly visits, few enough to tick on one page.</summary>
    public const int MostSlots = 40;
    public const int MostIdeas = 3;
    /// <summary>How many of the typed half-days' problems are named before the rest are summed up in one.</summary>
    private const int MostSlotErrors = 5;
    public const decimal FewestVisitHours = 0.5m, MostVisitHours = 12m;

    /// <summary>The themes an improvement idea is filed under, so the round can count them.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Themes =
    [
        ("patient-flow", "Patient flow and discharge"),
        ("referrals", "Referrals and access"),
        ("communication", "Communication between teams"),
        ("information-sharing", "Records and information sharing"),
        ("workforce", "Workforce and roles"),
        ("prevention", "Prevention and population health"),
        ("other", "Something else"),
    ];

    public static string ThemeName(string code) => Themes.FirstOrDefault(t => t.Code == code).Name ?? code;

    /// <summary>The half-days of <paramref name="text"/> in order, without repeats, and what is wrong with any of it.</summary>
    public static (IReadOnlyList<ExchangeSlot> Slots, List<FieldError> Errors) ReadSlots(string? text)
    {
        var errors = new List<FieldError>();
        var slots = new SortedSet<ExchangeSlot>();
        var words = (text ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (errors.Count == MostSlotErrors)
            {
                errors.Add(new FieldError("slots", "Correct the half-days above: there are more problems after them"));
                break;
            }
            if (ExchangeSlot.Parse(word.ToLowerInvariant()) is not { } slot)
            {
                errors.Add(new FieldError("slots", $"{Shorten(word)} is not a half-day: write a real date and -am or -pm, like 2026-12-02-am"));
                continue;
            }
            if (!slots.Add(slot)) errors.Add(new FieldError("slots", $"{slot} is listed twice"));
        }
        return ([.. slots], errors);
    }

    /// <summary>
    /// The problems of a round's <paramref name="fields"/>. A new round (<paramref name="today"/> given) must close
    /// sign-up today or later; every half-day comes after sign-up closes, as pairs are made when it does.
    /// </summary>
    public static List<FieldError> CheckRound(ExchangeRoundFields fields, DateOnly? today, int minimumSharedSlots)
    {
        var errors = new List<FieldError>();
        TextFields.Check(errors, "title", "Title", fields.Title, ExchangeRound.TitleLength, "Enter a title for the round");
        TextFields.Check(errors, "description", "Description", fields.Description, ExchangeRound.TextLength, null);
        var (slots, slotErrors) = ReadSlots(fields.Slots);
        errors.AddRange(slotErrors);
        if (slotErrors.Count == 0)
        {
            if (slots.Count < minimumSharedSlots)
                errors.Add(new FieldError("slots", $"Enter at least {minimumSharedSlots} half-days: each pair makes {minimumSharedSlots} visits"));
            else if (slots.Count > MostSlots)
                errors.Add(new FieldError("slots", $"Enter {MostSlots} half-days or fewer"));
            else if (fields.SignUpClosesOn is { } closes && slots[0].Date <= closes)
                errors.Add(new FieldError("slots", $"Every half-day must come after sign-up closes: {slots[0]} does not"));
        }
        if (fields.SignUpClosesOn is null) errors.Add(new FieldError("signUpClosesOn", "Enter a sign-up closing date"));
        else if (today is { } day && fields.SignUpClosesOn < day) errors.Add(new FieldError("signUpClosesOn", "Sign-up closing date must be today or in the future"));
        if (fields.VisitHours is null) errors.Add(new FieldError("visitHours", "Enter the hours a visit takes, like 3.5"));
        else if (fields.VisitHours is < FewestVisitHours or > MostVisitHours)
            errors.Add(new FieldError("visitHours", $"Hours a visit takes must be between {FewestVisitHours.ToString(CultureInfo.InvariantCulture)} and {MostVisitHours.ToString(CultureInfo.InvariantCulture)}"));
        return errors;
    }

    /// <summary>How many people one may ask not to be paired with: enough for a real conflict, too few to empty the pool.</summary>
    public const int MostAvoided = 3;

    /// <summary>
    /// The problems of a sign-up of <paramref name="person"/> to a round offering <paramref name="roundSlots"/>: the
    /// half-days chosen must be the round's, at least as many as a pair needs; nobody avoids themselves, nor more
    /// than <see cref="MostAvoided"/> people.
    /// </summary>
    public static List<FieldError> CheckSignUp(IReadOnlyCollection<string> roundSlots, IReadOnlyCollection<string> availability,
        IReadOnlyCollection<Guid> avoid, Guid person, int minimumSharedSlots)
    {
        var errors = new List<FieldError>();
        if (availability.FirstOrDefault(s => !roundSlots.Contains(s)) is { } stray)
            errors.Add(new FieldError("availability", $"{Shorten(stray)} is not one of the round's half-days"));
        else if (availability.Distinct().Count() < minimumSharedSlots)
            errors.Add(new FieldError("availability", $"Select at least {minimumSharedSlots} half-days you could make: a pair makes {minimumSharedSlots} visits"));
        if (avoid.Contains(person)) errors.Add(new FieldError("avoid", "You cannot avoid yourself: select other people"));
        else if (avoid.Distinct().Count() > MostAvoided) errors.Add(new FieldError("avoid", $"Select up to {MostAvoided} people you must not be paired with"));
        return errors;
    }

    /// <summary>The problems of a reflection: what was learned is required; an idea needs its text and a theme of <see cref="Themes"/>.</summary>
    public static List<FieldError> CheckReflection(string? learned, IReadOnlyList<ExchangeIdeaFields> ideas)
    {
        var errors = new List<FieldError>();
        TextFields.Check(errors, "learned", "What you learned", learned, ExchangeReflection.TextLength, "Enter what you learned on the visit");
        if (ideas.Count > MostIdeas) errors.Add(new FieldError("ideas", $"Enter {MostIdeas} ideas or fewer"));
        for (var i = 0; i < Math.Min(ideas.Count, MostIdeas); i++)
        {
            var (text, theme) = (ideas[i].Text, ideas[i].Theme);
            var blankTheme = string.IsNullOrWhiteSpace(theme);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (!blankTheme) errors.Add(new FieldError($"ideas[{i}].text", $"Enter idea {i + 1}, or choose no theme for it"));
                continue;
            }
            TextFields.Check(errors, $"ideas[{i}].text", $"Idea {i + 1}", text, ExchangeIdea.TextLength, null);
            if (blankTheme) errors.Add(new FieldError($"ideas[{i}].theme", $"Select a theme for idea {i + 1}"));
            else if (Themes.All(t => t.Code != theme!.Trim())) errors.Add(new FieldError($"ideas[{i}].theme", $"Select a theme for idea {i + 1} from the list"));
        }
        return errors;
    }

    private static string Shorten(string word) => word.Length > 20 ? word[..20] + "…" : word;
}
