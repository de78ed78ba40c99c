using GoldenThread.Network;
using GoldenThread.Representation;

namespace GoldenThread.Web.Representation;

/// <summary>
/// An appointment to try, carried in the report's address as <c>person~body~role~capacity</c>, so a "what if" is
/// a link that works without JavaScript and can be shared.
/// </summary>
public static class AppointmentToken
{
    public static string Write(Appointment seat) => $"{seat.PersonId}~{seat.BodyId}~{seat.Role}~{seat.Capacity}";

    /// <summary>
    /// The appointment, if every part names a person, a body, a role and a capacity of this network, and the person does
    /// not sit on that body on <paramref name="on"/> already (a what-if proposes new seats only).
    /// </summary>
    public static Appointment? Read(string? token, RepresentationNetwork network, DateOnly on)
    {
        var parts = token?.Split('~');
        if (parts is not { Length: 4 }) return null;
        var vocabularies = Vocabularies.Default;
        var valid = network.People.ContainsKey(parts[0]) && network.Bodies.ContainsKey(parts[1])
                    && vocabularies.MembershipRoles.Contains(parts[2]) && vocabularies.Capacities.Contains(parts[3])
                    && !network.SeatsOf(parts[0]).Any(m => m.BodyId == parts[1] && Evaluation.IsCurrent(m, on));
        return valid ? new Appointment(parts[0], parts[1], parts[2], parts[3]) : null;
    }
}
