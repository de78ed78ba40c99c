using GoldenThread.Network;
using GoldenThread.Interchange;
using GoldenThread.Representation;
using GoldenThread.Web.Network;

namespace GoldenThread.Web.Representation;

/// <summary>
/// How a <see cref="Voice"/> reads on a page: a word, a symbol and an NHS tag colour, so that colour is never the only
/// sign; the key on the voice page says what each means.
/// </summary>
public sealed record VoiceWords(Voice Voice, string Symbol, string Word, string Tag, string Meaning)
{
    public static readonly IReadOnlyList<VoiceWords> All =
    [
        new(Voice.Decides, "■", "Decides", "nhsuk-tag--blue", "At least one current member of a body that decides."),
        new(Voice.Reaches, "→", "Reaches", "nhsuk-tag--green",
            "Current members of a body that does not decide but feeds, directly or through other bodies, into one that does; the steps are the fewest arrows followed."),
        new(Voice.AdvisesOnly, "○", "Advises only", "nhsuk-tag--yellow",
            "Current members only of bodies that recommend, advise, endorse or have not agreed their rights, none of which leads to a body that decides."),
        new(Voice.None, "–", "No voice", "nhsuk-tag--grey", "No current member of any body."),
    ];

    public static VoiceWords For(Voice voice) => All.Single(w => w.Voice == voice);

    /// <summary>A matrix cell's word: "Decides", "Reaches in 2 steps", "Advises only", "No voice".</summary>
    public static string Short(Standing standing) =>
        standing.Voice == Voice.Reaches ? $"Reaches in {Steps(standing.Steps)}" : For(standing.Voice).Word;

    public static string Steps(int steps) => steps == 1 ? "1 step" : $"{steps} steps";

    /// <summary>A standing's headline, for its tag: "Decides", "Reaches a deciding body in 2 steps", "Advises only", "No voice".</summary>
    public static string Headline(Standing standing) =>
        standing.Voice == Voice.Reaches ? $"Reaches a deciding body in {Steps(standing.Steps)}" : For(standing.Voice).Word;

    /// <summary>Where the standing comes from, as text and bodies to link: "— on A, B and C", "(from A through B to C)",
    /// "— on A (advisory)", "— no current member on any body". At most <paramref name="shown"/> seats are named.</summary>
    public static IReadOnlyList<Phrase> Detail(Standing standing, Func<string, BodyRecord> body, int shown = 3)
    {
        var phrases = new List<Phrase>();
        void Text(string text) => phrases.Add(new Phrase(text, null));
        void Bodies(IReadOnlyList<string> ids, bool withRights)
        {
            var named = ids.Count <= shown + 1 ? ids.Count : shown;
            for (var i = 0; i < named; i++)
            {
                if (i > 0) Text(i == ids.Count - 1 ? " and " : ", ");
                phrases.Add(new Phrase(body(ids[i]).Name, ids[i]));
                if (withRights) Text($" ({DecisionRightsBadge.For(body(ids[i]).DecisionRights).Label.ToLowerInvariant()})");
            }
            if (named < ids.Count) Text($" and {ids.Count - named:N0} more");
        }

        switch (standing.Voice)
        {
            case Voice.Decides or Voice.AdvisesOnly:
                Text(" — on ");
                Bodies(standing.Seats, withRights: standing.Voice == Voice.AdvisesOnly);
                break;
            case Voice.Reaches:
                var route = standing.Route;
                Text(" (from ");
                phrases.Add(new Phrase(body(route[0]).Name, route[0]));
                for (var i = 1; i < route.Count - 1; i++)
                {
                    Text(i == 1 ? " through " : i == route.Count - 2 ? " and " : ", ");
                    phrases.Add(new Phrase(body(route[i]).Name, route[i]));
                }
                Text(" to ");
                phrases.Add(new Phrase(body(route[^1]).Name, route[^1]));
                Text(")");
                break;
            default:
                Text(" — no current member on any body");
                break;
        }
        return phrases;
    }

    /// <summary>
    /// One sentence for the summary: "of the 13 professions, 10 sit on a body that decides and 3 reach a deciding body only
    /// through what their bodies feed into (Dentistry, Optometry and Healthcare science)." Deciding is always said; the
    /// other voices only when some group has them, and the groups are named where there are few.
    /// </summary>
    public static string Sentence(string kind, IReadOnlyList<(string Label, Standing Overall)> rows)
    {
        var parts = new List<string>();
        foreach (var voice in All.Select(w => w.Voice))
        {
            var labels = rows.Where(r => r.Overall.Voice == voice).Select(r => r.Label).ToList();
            if (labels.Count == 0 && voice != Voice.Decides) continue;
            var (one, many) = Clause(voice);
            var count = labels.Count == 0 ? "none" : labels.Count == rows.Count ? "all" : labels.Count.ToString("N0");
            var named = labels.Count is > 0 and <= 4 && labels.Count < rows.Count && voice != Voice.Decides ? $" ({Prose.List(labels)})" : "";
            parts.Add($"{count} {(labels.Count <= 1 ? one : many)}{named}");
        }
        return $"of the {rows.Count:N0} {kind}, {Prose.List(parts)}.";
    }

    private static (string One, string Many) Clause(Voice voice) => voice switch
    {
        Voice.Decides => ("sits on a body that decides", "sit on a body that decides"),
        Voice.Reaches => ("reaches a deciding body only through what its bodies feed into", "reach a deciding body only through what their bodies feed into"),
        Voice.AdvisesOnly => ("only advises", "only advise"),
        _ => ("has no voice on any body", "have no voice on any body"),
    };

}

/// <summary>A piece of a sentence: text, or a body's name to link to it.</summary>
public sealed record Phrase(string Text, string? BodyId);
