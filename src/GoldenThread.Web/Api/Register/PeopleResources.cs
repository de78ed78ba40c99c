using System.Linq.Expressions;
using System.Security.Claims;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api.Register;

public sealed record PersonView(Guid Id, int Version, string Name, string? Email, string Profession, string? Specialty, string Setting,
    Guid? OrganisationId, string Seniority, decimal Fte, bool Lay) : IRegisterView;
public sealed record PersonInput(string? Name, string? Email, string? Profession, string? Specialty, string? Setting,
    Guid? OrganisationId, string? Seniority, decimal Fte, bool Lay);

public sealed class PeopleResource : RegisterResource<Person, PersonInput, PersonView>
{
    public override string Plural => "people";
    public override string Singular => "person";
    public override Expression<Func<Person, PersonView>> View => p =>
        new PersonView(p.Id, p.Version, p.Name, p.Email, p.Profession, p.Specialty, p.Setting, p.OrganisationId, p.Seniority, p.Fte, p.Lay);
    public override IQueryable<Person> List(IQueryable<Person> rows, string? search) =>
        rows.Where(p => search == null || p.Name.ToLower().Contains(search.ToLower()) || (p.Email != null && p.Email.ToLower() == search.ToLower()))
            .OrderBy(p => p.Name).ThenBy(p => p.Id);

    public override async Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, PersonInput input, Person? existing, CancellationToken cancellationToken)
    {
        var errors = RegisterRules.Person(Fields(input), Vocabularies.Default).ToList();
        if (!await ExistsAsync<Organisation>(db, systemId, input.OrganisationId, cancellationToken))
            errors.Add(new FieldError("organisationId", "Select an organisation of this system"));
        return errors;
    }

    private static PersonFields Fields(PersonInput input) =>
        new(input.Name?.Trim(), RegisterRules.Optional(input.Email), input.Profession, RegisterRules.Optional(input.Specialty), input.Setting, input.Seniority, input.Fte);

    public override Person Create(Guid systemId, PersonInput input) => new() { SystemId = systemId, Name = "", Profession = "", Setting = "", Seniority = "" };

    public override void Apply(Person row, PersonInput input)
    {
        var fields = Fields(input);
        (row.Name, row.Email, row.Profession, row.Specialty, row.Setting) = (fields.Name!, fields.Email, fields.Profession!, fields.Specialty, fields.Setting!);
        (row.OrganisationId, row.Seniority, row.Fte, row.Lay) = (input.OrganisationId, fields.Seniority!, input.Fte, input.Lay);
    }

    /// <summary>A professional may change their own entry, as on their profile page.</summary>
    public override bool MayWrite(ClaimsPrincipal user, string code, PersonInput? input, Person? existing) =>
        user.MayEditRegister(code) || (existing is not null && input is not null && user.MayEditProfileOf(code, existing.Id));

}

public sealed record BodyView(Guid Id, int Version, string Name, string Kind, string Level, Guid? PlaceId, Guid? NeighbourhoodId, string? Topic,
    string DecisionRights, string? Cadence, DateOnly? ActiveFrom, DateOnly? ActiveTo, IReadOnlyList<Guid> FeedsInto) : IRegisterView;
public sealed record BodyInput(string? Name, string? Kind, string? Level, Guid? PlaceId, Guid? NeighbourhoodId, string? Topic,
    string? DecisionRights, string? Cadence, DateOnly? ActiveFrom, DateOnly? ActiveTo, IReadOnlyList<Guid>? FeedsInto);

public sealed class BodiesResource : RegisterResource<Body, BodyInput, BodyView>
{
    public override string Plural => "bodies";
    public override string Singular => "body";
    public override Expression<Func<Body, BodyView>> View => b => new BodyView(b.Id, b.Version, b.Name, b.Kind, b.Level, b.PlaceId, b.NeighbourhoodId,
        b.Topic, b.DecisionRights, b.Cadence, b.ActiveFrom, b.ActiveTo, b.FeedsInto.Select(f => f.FeedsIntoBodyId).ToList());
    public override IQueryable<Body> Rows(GoldenThreadDbContext db) => db.Bodies.Include(b => b.FeedsInto);
    public override IQueryable<Body> List(IQueryable<Body> rows, string? search) =>
        rows.Where(b => search == null || b.Name.ToLower().Contains(search.ToLower())).OrderBy(b => b.Name).ThenBy(b => b.Id);

    public override async Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, BodyInput input, Body? existing, CancellationToken cancellationToken)
    {
        var fields = Fields(input);
        var errors = RegisterRules.Body(fields, Vocabularies.Default).ToList();
        if (!await ExistsAsync<Place>(db, systemId, input.PlaceId, cancellationToken)) errors.Add(new FieldError("placeId", "Select a place of this system"));
        if (!await ExistsAsync<Neighbourhood>(db, systemId, input.NeighbourhoodId, cancellationToken)) errors.Add(new FieldError("neighbourhoodId", "Select a neighbourhood of this system"));
        var targets = (input.FeedsInto ?? []).Distinct().ToList();
        var self = existing?.Id ?? Guid.Empty;
        if (targets.Contains(self) || await db.Bodies.CountAsync(b => b.SystemId == systemId && targets.Contains(b.Id), cancellationToken) != targets.Count)
            errors.Add(new FieldError("feedsInto", "Select only other bodies of this system"));
        else if (await Network.FeedsIntoCheck.FindCycleAsync(db, systemId, self, fields.Name ?? "This body", targets, cancellationToken) is { } cycle)
            errors.Add(new FieldError("feedsInto", $"A body cannot feed into itself, even through others: this would make the loop {cycle}"));
        return errors;
    }

    private static BodyFields Fields(BodyInput input) => new(input.Name?.Trim(), input.Kind, input.Level, RegisterRules.Optional(input.Topic),
        input.DecisionRights, RegisterRules.Optional(input.Cadence), input.ActiveFrom, input.ActiveTo);

    public override Body Create(Guid systemId, BodyInput input) => new() { SystemId = systemId, Name = "", Kind = "", Level = "", DecisionRights = "" };

    public override void Apply(Body row, BodyInput input)
    {
        var fields = Fields(input);
        (row.Name, row.Kind, row.Level, row.Topic, row.DecisionRights, row.Cadence) = (fields.Name!, fields.Kind!, fields.Level!, fields.Topic, fields.DecisionRights!, fields.Cadence);
        (row.PlaceId, row.NeighbourhoodId, row.ActiveFrom, row.ActiveTo) = (input.PlaceId, input.NeighbourhoodId, input.ActiveFrom, input.ActiveTo);
        row.SetFeedsInto(input.FeedsInto ?? []);
    }
}

public sealed record MembershipView(Guid Id, int Version, Guid PersonId, Guid BodyId, string Role, string Capacity, DateOnly Start, DateOnly? End,
    decimal HoursPerMonth, Guid? FundedByOrganisationId) : IRegisterView;
public sealed record MembershipInput(Guid? PersonId, Guid? BodyId, string? Role, string? Capacity, DateOnly? Start, DateOnly? End,
    decimal HoursPerMonth, Guid? FundedByOrganisationId);

public sealed class MembershipsResource : RegisterResource<Membership, MembershipInput, MembershipView>
{
    public override string Plural => "memberships";
    public override string Singular => "membership";
    public override Expression<Func<Membership, MembershipView>> View => m =>
        new MembershipView(m.Id, m.Version, m.PersonId, m.BodyId, m.Role, m.Capacity, m.Start, m.End, m.HoursPerMonth, m.FundedByOrganisationId);
    public override IQueryable<Membership> List(IQueryable<Membership> rows, string? search) => rows.OrderBy(m => m.Start).ThenBy(m => m.Id);

    public override async Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, MembershipInput input, Membership? existing, CancellationToken cancellationToken)
    {
        var errors = RegisterRules.Membership(new MembershipFields(input.Role, input.Capacity, input.Start, input.End, input.HoursPerMonth), Vocabularies.Default).ToList();
        if (input.PersonId is null || !await ExistsAsync<Person>(db, systemId, input.PersonId, cancellationToken))
            errors.Add(new FieldError("personId", "Select a person of this system"));
        if (input.BodyId is null || !await ExistsAsync<Body>(db, systemId, input.BodyId, cancellationToken))
            errors.Add(new FieldError("bodyId", "Select a body of this system"));
        if (!await ExistsAsync<Organisation>(db, systemId, input.FundedByOrganisationId, cancellationToken))
            errors.Add(new FieldError("fundedByOrganisationId", "Select an organisation of this system"));
        return errors;
    }

    public override Membership Create(Guid systemId, MembershipInput input) => new() { SystemId = systemId, Role = "", Capacity = "" };

    public override void Apply(Membership row, MembershipInput input)
    {
        (row.PersonId, row.BodyId, row.Role, row.Capacity) = (input.PersonId!.Value, input.BodyId!.Value, input.Role!, input.Capacity!);
        (row.Start, row.End, row.HoursPerMonth, row.FundedByOrganisationId) = (input.Start!.Value, input.End, input.HoursPerMonth, input.FundedByOrganisationId);
    }

    /// <summary>
    /// A body secretary writes the memberships of their own body: both the body it is on and the body it moves to.
    /// An input naming no body is refused by the checks (400), whoever sends it.
    /// </summary>
    public override bool MayWrite(ClaimsPrincipal user, string code, MembershipInput? input, Membership? existing) =>
        (existing is null || user.MayEditMembersOf(code, existing.BodyId))
        && (input?.BodyId is not { } body || user.MayEditMembersOf(code, body));
}

public sealed record SuccessorView(Guid PersonId, string Readiness);
public sealed record PostView(Guid Id, int Version, string Title, string Level, Guid? PlaceId, IReadOnlyList<string> Professions, decimal SessionsPerWeek,
    Guid? FundedByOrganisationId, Guid? HolderPersonId, DateOnly? HolderSince, bool OpenlyAdvertised, IReadOnlyList<SuccessorView> Successors) : IRegisterView;
public sealed record PostInput(string? Title, string? Level, Guid? PlaceId, IReadOnlyList<string>? Professions, decimal SessionsPerWeek,
    Guid? FundedByOrganisationId, Guid? HolderPersonId, DateOnly? HolderSince, bool OpenlyAdvertised, IReadOnlyList<SuccessorView>? Successors);

public sealed class PostsResource : RegisterResource<Post, PostInput, PostView>
{
    public override string Plural => "posts";
    public override string Singular => "post";
    public override Expression<Func<Post, PostView>> View => p => new PostView(p.Id, p.Version, p.Title, p.Level, p.PlaceId, p.Professions, p.SessionsPerWeek,
        p.FundedByOrganisationId, p.HolderPersonId, p.HolderSince, p.OpenlyAdvertised,
        p.Successors.OrderBy(s => s.PersonId).Select(s => new SuccessorView(s.PersonId, s.Readiness)).ToList());
    public override IQueryable<Post> Rows(GoldenThreadDbContext db) => db.Posts.Include(p => p.Successors);
    public override IQueryable<Post> List(IQueryable<Post> rows, string? search) =>
        rows.Where(p => search == null || p.Title.ToLower().Contains(search.ToLower())).OrderBy(p => p.Title).ThenBy(p => p.Id);

    public override async Task<IReadOnlyList<FieldError>> CheckAsync(GoldenThreadDbContext db, Guid systemId, PostInput input, Post? existing, CancellationToken cancellationToken)
    {
        var successors = input.Successors ?? [];
        var holderProfession = input.HolderPersonId is { } holder
            ? await db.People.Where(p => p.SystemId == systemId && p.Id == holder).Select(p => p.Profession).SingleOrDefaultAsync(cancellationToken)
            : null;
        var fields = new PostFields(input.Title?.Trim(), input.Level, [.. (input.Professions ?? []).Distinct()], input.SessionsPerWeek, input.HolderPersonId?.ToString(),
            [.. successors.Select(s => new SuccessorFields(s.PersonId.ToString(), s.Readiness))], holderProfession);
        var errors = RegisterRules.Post(fields, Vocabularies.Default).ToList();
        if (!await ExistsAsync<Place>(db, systemId, input.PlaceId, cancellationToken)) errors.Add(new FieldError("placeId", "Select a place of this system"));
        if (!await ExistsAsync<Organisation>(db, systemId, input.FundedByOrganisationId, cancellationToken))
            errors.Add(new FieldError("fundedByOrganisationId", "Select an organisation of this system"));
        if (!await ExistsAsync<Person>(db, systemId, input.HolderPersonId, cancellationToken)) errors.Add(new FieldError("holderPersonId", "Select a person of this system"));
        for (var i = 0; i < successors.Count; i++)
            if (!await ExistsAsync<Person>(db, systemId, successors[i].PersonId, cancellationToken))
                errors.Add(new FieldError($"successors[{i}].personId", "Select a person of this system"));
        return errors;
    }

    public override Post Create(Guid systemId, PostInput input) => new() { SystemId = systemId, Title = "", Level = "" };

    public override void Apply(Post row, PostInput input)
    {
        (row.Title, row.Level, row.PlaceId, row.SessionsPerWeek) = (input.Title!.Trim(), input.Level!, input.PlaceId, input.SessionsPerWeek);
        var professions = (input.Professions ?? []).Distinct().ToList();
        if (!row.Professions.SequenceEqual(professions)) row.Professions = professions;
        // A vacant post has no holder since any date.
        (row.FundedByOrganisationId, row.HolderPersonId, row.HolderSince, row.OpenlyAdvertised) =
            (input.FundedByOrganisationId, input.HolderPersonId, input.HolderPersonId is null ? null : input.HolderSince, input.OpenlyAdvertised);
        var wanted = (input.Successors ?? []).ToDictionary(s => s.PersonId, s => s.Readiness);
        row.Successors.RemoveAll(s => !wanted.ContainsKey(s.PersonId));
        foreach (var successor in row.Successors) successor.Readiness = wanted[successor.PersonId];
        foreach (var (person, readiness) in wanted.Where(w => row.Successors.All(s => s.PersonId != w.Key)))
            row.Successors.Add(new PostSuccessor { SystemId = row.SystemId, PostId = row.Id, PersonId = person, Readiness = readiness });
    }
}
