using System.Globalization;
using GoldenThread.Interchange;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Interchange;

/// <summary>
/// People and memberships as CSV for spreadsheet users: one row each, references spelled out by name (a
/// spreadsheet cannot follow ids), in the order of the network file.
/// </summary>
public static class NetworkCsv
{
    public static string People(NetworkDocument network)
    {
        var organisations = network.Organisations.ToDictionary(o => o.Id, o => o.Name);
        return Csv.Write(["id", "name", "email", "profession", "specialty", "setting", "organisation", "seniority", "fte", "lay"],
            network.People.Select(p => new[]
            {
                p.Id, p.Name, p.Email, p.Profession, p.Specialty, p.Setting,
                p.OrganisationId is null ? null : organisations[p.OrganisationId], p.Seniority, Number(p.Fte), p.Lay ? "yes" : "no",
            }));
    }

    public static string Memberships(NetworkDocument network)
    {
        var people = network.People.ToDictionary(p => p.Id, p => p.Name);
        var bodies = network.Bodies.ToDictionary(b => b.Id, b => b.Name);
        var organisations = network.Organisations.ToDictionary(o => o.Id, o => o.Name);
        return Csv.Write(["personId", "person", "bodyId", "body", "role", "capacity", "start", "end", "hoursPerMonth", "fundedBy"],
            network.Memberships.Select(m => new[]
            {
                m.PersonId, people[m.PersonId], m.BodyId, bodies[m.BodyId], m.Role, m.Capacity, Date(m.Start), m.End is { } end ? Date(end) : null,
                Number(m.HoursPerMonth), m.FundedByOrganisationId is null ? null : organisations[m.FundedByOrganisationId],
            }));
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
