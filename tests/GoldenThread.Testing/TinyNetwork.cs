using GoldenThread.Interchange;

namespace GoldenThread.Testing;

/// <summary>A small, hand-made network for tests that need a second system or a known shape.</summary>
public static class TinyNetwork
{
    public static NetworkDocument Document(string code, string name = "NHS Test Vale Integrated Care Board") => new()
    {
        System = new SystemRecord(code, name, "North West", 500_000, ["frailty"]),
        Places = [new PlaceRecord("p1", "Riverton", 250_000, "unitary"), new PlaceRecord("p2", "Hillshire", 250_000, "two-tier")],
        Organisations =
        [
            new OrganisationRecord("o1", "Riverton Hospitals NHS Foundation Trust", "RT1", "nhs-acute", "p1"),
            new OrganisationRecord("o2", "Hillshire County Council", null, "local-authority-county", "p2"),
        ],
        People =
        [
            new PersonRecord("u1", "Ada Brook", "nursing", "community-nursing", "community", "o1", "senior", 0.8m, false),
            new PersonRecord("u2", "Ben Carter", "social-work", "adult-social-work", "social-care", "o2", "middle", 1.0m, false),
        ],
        Bodies =
        [
            new BodyRecord("b1", "Test Vale ICB board", "icb-board", "system", null, null, "decides", []),
            new BodyRecord("b2", "Riverton place board", "place-board", "place", "p1", null, "recommends", ["b1"]),
        ],
        Memberships =
        [
            new MembershipRecord("u1", "b1", "member", "clinical", new DateOnly(2023, 4, 1), null, 8, "o1"),
            new MembershipRecord("u2", "b2", "chair", "clinical", new DateOnly(2022, 7, 1), new DateOnly(2024, 3, 31), 6, "o2"),
        ],
        Posts =
        [
            new PostRecord("r1", "Place clinical director – Riverton", "place", "p1", ["medicine", "nursing"], 2, "o1", "u1",
                new DateOnly(2023, 4, 1), true, [new SuccessorRecord("u2", "ready-1-2-years")]),
        ],
    };
}
