using System.Globalization;
using GoldenThread.Network;

namespace GoldenThread.Development;

public sealed record MentoringRoundFields(string? Title, string? Description, DateOnly? ClosesOn);

public sealed record MentorOfferFields(int? Capacity, IReadOnlyList<string> Professions, IReadOnlyList<string> Settings, IReadOnlyList<Guid> Avoid);

public sealed record MenteeRequestFields(IReadOnlyList<string> Professions, IReadOnlyList<string> Settings, string? Hopes, IReadOnlyList<Guid> Avoid);

public sealed record MentoringMeetingFields(DateOnly? HeldOn, decimal? Hours, string? Notes);

/// <summary>
/// The checks on mentoring's forms, keyed by camelCase field: a round, an offer to mentor, a request for a mentor, a
/// meeting and the end of a pairing. Which people exist is the caller's to say (<c>people</c>: the system's register).
/// </summary>
public static class MentoringRules
{
    public const decimal LeastHours = 0.25m;
    public const decimal MostHours = 12m;

    public static List<FieldError> CheckRound(MentoringRoundFields fields, DateOnly today)
    {
        var errors = new List<FieldError>();
        RoundOpening.Check(errors, fields.Title, fields.Description, fields.ClosesOn, today, "round", MentoringRound.TitleLength, MentoringRound.DescriptionLength);
        return errors;
    }

    /// <summary>The problems of an offer made by <paramref name="self"/>.</summary>
    public static List<FieldError> CheckOffer(MentorOfferFields fields, Guid self, IReadOnlySet<Guid> people, Vocabularies vocabularies)
    {
        var errors = new List<FieldError>();
        if (fields.Capacity is not { } capacity)
            errors.Add(new FieldError("capacity", "Select how many people you could mentor"));
        else if (capacity is < MentorOffer.LeastCapacity or > MentorOffer.MostCapacity)
            errors.Add(new FieldError("capacity", $"Number of mentees must be between {MentorOffer.LeastCapacity} and {MentorOffer.MostCapacity}"));
        Codes(errors, "professions", fields.Professions, vocabularies.Professions.Select(p => p.Code), "Select professions from the list");
        Codes(errors, "settings", fields.Settings, vocabularies.Settings, "Select settings from the list");
        Avoid(errors, fields.Avoid, self, people, "mentor");
        return errors;
    }

    /// <summary>The problems of a request made by <paramref name="self"/>.</summary>
    public static List<FieldError> CheckRequest(MenteeRequestFields fields, Guid self, IReadOnlySet<Guid> people, Vocabularies vocabularies)
    {
        var errors = new List<FieldError>();
        Codes(errors, "professions", fields.Professions, vocabularies.Professions.Select(p => p.Code), "Select professions from the list");
        Codes(errors, "settings", fields.Settings, vocabularies.Settings, "Select settings from the list");
        TextFields.Check(errors, "hopes", "What you hope to get", fields.Hopes, MenteeRequest.HopesLength, "Enter what you hope to get from mentoring");
        Avoid(errors, fields.Avoid, self, people, "be mentored by");
        return errors;
    }

    /// <summary>A meeting held on or after the day the pair was published (<paramref name="from"/>) and not after today.</summary>
    public static List<FieldError> CheckMeeting(MentoringMeetingFields fields, DateOnly from, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (fields.HeldOn is not { } held) errors.Add(new FieldError("heldOn", "Enter the date of the meeting"));
        else if (held > today) errors.Add(new FieldError("heldOn", "Date of the meeting must be today or in the past"));
        else if (held < from)
            errors.Add(new FieldError("heldOn", $"Date of the meeting must be on or after {UkDate.Long(from)}, when the pair was made"));
        if (fields.Hours is not { } hours) errors.Add(new FieldError("hours", "Enter how many hours the meeting took"));
        else if (hours < LeastHours || hours > MostHours)
            errors.Add(new FieldError("hours", $"Hours must be between {LeastHours.ToString(CultureInfo.InvariantCulture)} and {MostHours.ToString("0", CultureInfo.InvariantCulture)}"));
        else if (hours * 4 != decimal.Truncate(hours * 4))
            errors.Add(new FieldError("hours", "Hours must be in quarters of an hour, for example 1.5"));
        TextFields.Check(errors, "notes", "Notes", fields.Notes, MentoringMeeting.NotesLength, null);
        return errors;
    }

    public static List<FieldError> CheckEnding(string? reason)
    {
        var errors = new List<FieldError>();
        TextFields.Check(errors, "reason", "Reason", reason, Mentorship.EndReasonLength, "Enter why the mentoring is ending early");
        return errors;
    }

    private static void Codes(List<FieldError> errors, string field, IReadOnlyList<string> codes, IEnumerable<string> known, string message)
    {
        var allowed = known.ToHashSet(StringComparer.Ordinal);
        if (codes.Any(c => !allowed.Contains(c))) errors.Add(new FieldError(field, message));
    }

    private static void Avoid(List<FieldError> errors, IReadOnlyList<Guid> avoid, Guid self, IReadOnlySet<Guid> people, string verb)
    {
        if (avoid.Contains(self)) errors.Add(new FieldError("avoid", "You cannot name yourself"));
        else if (avoid.Any(p => !people.Contains(p))) errors.Add(new FieldError("avoid", $"Select people of this system you would not want to {verb}"));
    }
}
