using System.Globalization;
using System.Text.RegularExpressions;

namespace GoldenThread.Network;

/// <summary>One problem with one field of a register entry. <see cref="Field"/> is the camelCase name the API and the
/// network file use (<c>decisionRights</c>, <c>successors[1].readiness</c>).</summary>
public sealed record FieldError(string Field, string Message);

public sealed record PlaceFields(string? Name, int Population, string? LocalAuthorityTier);
public sealed record NeighbourhoodFields(string? Name, int Population);
public sealed record OrganisationFields(string? Name, string? OdsCode, string? Sector);
public sealed record PersonFields(string? Name, string? Email, string? Profession, string? Specialty, string? Setting, string? Seniority, decimal Fte);
public sealed record BodyFields(string? Name, string? Kind, string? Level, string? Topic, string? DecisionRights, string? Cadence, DateOnly? ActiveFrom, DateOnly? ActiveTo);
public sealed record MembershipFields(string? Role, string? Capacity, DateOnly? Start, DateOnly? End, decimal HoursPerMonth);
/// <summary>Ids are compared as text, so the same rule serves database ids and the network file's local ids.
/// <see cref="HolderProfession"/> is the holder's profession, when the caller knows the holder.</summary>
public sealed record PostFields(string? Title, string? Level, IReadOnlyList<string> Professions, decimal SessionsPerWeek, string? HolderId,
    IReadOnlyList<SuccessorFields> Successors, string? HolderProfession = null);
public sealed record SuccessorFields(string? PersonId, string? Readiness);

/// <summary>
/// The checks on each field of a register entry that need nothing but the entry and the vocabularies: the one set of
/// rules behind the register pages, the API and the network file (<see cref="Interchange.NetworkValidator"/>).
/// Whether a referenced row exists is the caller's to check, as only the caller knows where ids live.
/// Messages follow the NHS service manual's error wording ("Enter a name", "Select a level").
/// </summary>
public static partial class RegisterRules
{
    public const int NameLength = 200;
    public const int CodeLength = 64;
    public const int EmailLength = 256;
    /// <summary>More than anyone could give in a month (24 × 31 hours).</summary>
    public const decimal MaxHoursPerMonth = 744;
    public const decimal MaxSessionsPerWeek = 10;

    [GeneratedRegex("^[A-Z0-9]{3,9}$")] private static partial Regex OdsCodePattern();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] private static partial Regex EmailPattern();

    /// <summary>An optional text as it is kept: trimmed, and null when nothing but space was given.</summary>
    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>ODS codes are upper case; people type them in either case.</summary>
    public static string? NormaliseOdsCode(string? odsCode) =>
        string.IsNullOrWhiteSpace(odsCode) ? null : odsCode.Trim().ToUpperInvariant();

    public static IReadOnlyList<FieldError> Place(PlaceFields place, Vocabularies vocabularies)
    {
        var check = new Checks();
        check.Text("name", "a name", place.Name, NameLength);
        check.AtLeastZero("population", "Population", place.Population);
        check.OneOf("localAuthorityTier", "a local authority tier", place.LocalAuthorityTier, vocabularies.LocalAuthorityTiers);
        return check.Errors;
    }

    public static IReadOnlyList<FieldError> Neighbourhood(NeighbourhoodFields neighbourhood)
    {
        var check = new Checks();
        check.Text("name", "a name", neighbourhood.Name, NameLength);
        check.AtLeastZero("population", "Population", neighbourhood.Population);
        return check.Errors;
    }

    public static IReadOnlyList<FieldError> Organisation(OrganisationFields organisation, Vocabularies vocabularies)
    {
        var check = new Checks();
        check.Text("name", "a name", organisation.Name, NameLength);
        if (organisation.OdsCode is { } ods && !OdsCodePattern().IsMatch(ods))
            check.Error("odsCode", $"ODS code must be 3 to 9 letters and numbers, like RXX or A81001, not \"{ods}\"");
        check.OneOf("sector", "a sector", organisation.Sector, vocabularies.Sectors.Select(s => s.Code));
        return check.Errors;
    }

    public static IReadOnlyList<FieldError> Person(PersonFields person, Vocabularies vocabularies)
    {
        var check = new Checks();
        check.Text("name", "a name", person.Name, NameLength);
        if (person.Email is { } email && (email.Length > EmailLength || !EmailPattern().IsMatch(email)))
            check.Error("email", "Enter an email address in the correct format, like name@example.org");
        check.OneOf("profession", "a profession", person.Profession, vocabularies.Professions.Select(p => p.Code));
        var profession = vocabularies.Professions.FirstOrDefault(p => p.Code == person.Profession);
        if (person.Specialty is not null && profession is not null && !(profession.Specialties ?? []).Contains(person.Specialty))
            check.Error("specialty", $"\"{person.Specialty}\" is not a specialty of {profession.Label.ToLowerInvariant()}");
        check.OneOf("setting", "a setting", person.Setting, vocabularies.Settings);
        check.OneOf("seniority", "a seniority", person.Seniority, vocabularies.Seniority);
        if (person.Fte is <= 0 or > 1)
            check.Error("fte", $"Full-time equivalent must be more than 0 and at most 1, not {Number(person.Fte)}");
        else check.Places("fte", "Full-time equivalent", person.Fte, 2);
        return check.Errors;
    }

    public static IReadOnlyList<FieldError> Body(BodyFields body, Vocabularies vocabularies)
    {
        var check = new Checks();
        check.Text("name", "a name", body.Name, NameLength);
        check.OneOf("kind", "a kind of body", body.Kind, vocabularies.BodyKinds.Select(k => k.Code));
        check.OneOf("level", "a level", body.Level, vocabularies.Levels);
        check.Length("topic", "Topic", body.Topic, NameLength);
        check.OneOf("decisionRights", "the decision rights", body.DecisionRights, vocabularies.DecisionRights);
        check.Length("cadence", "Cadence", body.Cadence, CodeLength);
        if (body.ActiveTo < body.ActiveFrom)
            check.Error("activeTo", $"Active until date must be the same as or after the active from date, {Day(body.ActiveFrom!.Value)}");
        return check.Errors;
    }

    public static IReadOnlyList<FieldError> Membership(MembershipFields membership, Vocabularies vocabularies)
    {
        var check = new Checks();
        check.OneOf("role", "a role", membership.Role, vocabularies.MembershipRoles);
        check.OneOf("capacity", "a capacity", membership.Capacity, vocabularies.Capacities);
        if (membership.Start is null) check.Error("start", "Enter a start date");
        if (membership.End < membership.Start)
            check.Error("end", $"End date must be the same as or after the start date, {Day(membership.Start!.Value)}");
        if (membership.HoursPerMonth is < 0 or > MaxHoursPerMonth)
            check.Error("hoursPerMonth", $"Hours per month must be between 0 and {MaxHoursPerMonth}, not {Number(membership.HoursPerMonth)}");
        else check.Places("hoursPerMonth", "Hours per month", membership.HoursPerMonth, 2);
        return check.Errors;
    }

    public static IReadOnlyList<FieldError> Post(PostFields post, Vocabularies vocabularies)
    {
        var check = new Checks();
        check.Text("title", "a title", post.Title, NameLength);
        check.OneOf("level", "a level", post.Level, vocabularies.Levels);
        var professions = vocabularies.Professions.Select(p => p.Code).ToList();
        for (var i = 0; i < post.Professions.Count; i++)
            check.OneOf($"professions[{i}]", "a profession", post.Professions[i], professions);
        if (post.SessionsPerWeek is < 0 or > MaxSessionsPerWeek)
            check.Error("sessionsPerWeek", $"Sessions per week must be between 0 and {MaxSessionsPerWeek}, not {Number(post.SessionsPerWeek)}");
        else check.Places("sessionsPerWeek", "Sessions per week", post.SessionsPerWeek, 1);
        // An unknown profession is the person's error, reported on them, not the post's.
        if (post.HolderId is not null && vocabularies.Professions.FirstOrDefault(p => p.Code == post.HolderProfession) is { } held
            && post.Professions.Count > 0 && !post.Professions.Contains(held.Code))
        {
            var label = held.Label;
            check.Error("holderPersonId", $"The holder's profession, {label.ToLowerInvariant()}, is not one that may hold this post: choose another holder or tick their profession");
        }
        var seen = new HashSet<string>();
        for (var i = 0; i < post.Successors.Count; i++)
        {
            var successor = post.Successors[i];
            check.OneOf($"successors[{i}].readiness", "how ready they are", successor.Readiness, vocabularies.SuccessorReadiness);
            if (successor.PersonId is null) continue;
            if (successor.PersonId == post.HolderId) check.Error($"successors[{i}].personId", "The holder cannot be their own successor");
            else if (!seen.Add(successor.PersonId)) check.Error($"successors[{i}].personId", "This person is already named as a successor");
        }
        return check.Errors;
    }

    private static string Day(DateOnly day) => UkDate.Long(day);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed class Checks
    {
        public List<FieldError> Errors { get; } = [];

        public void Error(string field, string message) => Errors.Add(new FieldError(field, message));

        public void Text(string field, string what, string? value, int maxLength)
        {
            if (string.IsNullOrWhiteSpace(value)) Error(field, $"Enter {what}");
            else Length(field, char.ToUpperInvariant(what[what.IndexOf(' ') + 1]) + what[(what.IndexOf(' ') + 2)..], value, maxLength);
        }

        /// <summary>Also refuses control characters and broken surrogate pairs: no page or XML (the structure diagram) can show them.</summary>
        public void Length(string field, string label, string? value, int maxLength)
        {
            if (value?.Length > maxLength) Error(field, $"{label} must be {maxLength} characters or fewer");
            else if (value is not null && !Printable(value)) Error(field, $"{label} must only include letters, numbers, spaces and punctuation");
        }

        private static bool Printable(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
                if (char.IsSurrogate(value[i]) || char.IsControl(value[i]) || value[i] is '\uFFFE' or '\uFFFF') return false;
            }
            return true;
        }

        /// <summary>No more decimal places than the store keeps, so nothing is rounded away on saving (0.125 FTE).</summary>
        public void Places(string field, string label, decimal value, int places)
        {
            if (decimal.Round(value, places) != value)
                Error(field, $"{label} must have no more than {places} decimal place{(places == 1 ? "" : "s")}, not {value.ToString(CultureInfo.InvariantCulture)}");
        }

        public void AtLeastZero(string field, string label, decimal value)
        {
            if (value < 0) Error(field, $"{label} must be 0 or more");
        }

        public void OneOf(string field, string what, string? value, IEnumerable<string> allowed)
        {
            var codes = allowed.ToList();
            if (string.IsNullOrEmpty(value)) Error(field, $"Select {what}");
            else if (!codes.Contains(value)) Error(field, $"\"{value}\" is not one of: {string.Join(", ", codes)}");
        }
    }
}
