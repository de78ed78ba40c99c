using GoldenThread.Network;

namespace GoldenThread.Interchange;

public class NetworkEntitiesTests
{
    internal static NetworkDocument Small() => new()
    {
        System = new SystemRecord("QAA", "NHS Test ICB", "North West", 500_000, ["frailty"]),
        Places = [new PlaceRecord("p1", "Riverton", 250_000, "unitary")],
        Neighbourhoods = [new NeighbourhoodRecord("n1", "Riverton North", "p1", 50_000)],
        Organisations = [new OrganisationRecord("o1", "Riverton Trust", "RT1", "nhs-acute", "p1"), new OrganisationRecord("o2", "Council", null, "local-authority-unitary", null)],
        People =
        [
            new PersonRecord("u1", "Ada Brook", "nursing", null, "community", "o1", "senior", 0.8m, false),
            new PersonRecord("u2", "Ben Carter", "social-work", null, "social-care", "o2", "middle", 1m, false),
        ],
        Bodies =
        [
            new BodyRecord("b1", "Board", "icb-board", "system", null, null, "decides", []),
            new BodyRecord("b2", "Place board", "place-board", "place", "p1", null, "recommends", ["b1"]) { NeighbourhoodId = "n1" },
        ],
        Memberships = [new MembershipRecord("u2", "b2", "chair", "clinical", new DateOnly(2022, 7, 1), null, 6, "o2")],
        Posts = [new PostRecord("r1", "Place director", "place", "p1", ["nursing"], 2, "o1", "u1", new DateOnly(2023, 4, 1), true, [new SuccessorRecord("u2", "ready-now")])],
    };

    [Fact]
    public void From_SmallDocument_ResolvesEveryFileIdToTheRowItBecame()
    {
        var rows = NetworkEntities.From(Small());

        var ada = rows.People.Single(p => p.Name == "Ada Brook");
        var ben = rows.People.Single(p => p.Name == "Ben Carter");
        var board = rows.Bodies.Single(b => b.Name == "Board");
        var placeBoard = rows.Bodies.Single(b => b.Name == "Place board");
        var membership = Assert.Single(rows.Memberships);
        var post = Assert.Single(rows.Posts);

        Assert.Equal((ben.Id, placeBoard.Id, rows.Organisations[1].Id), (membership.PersonId, membership.BodyId, membership.FundedByOrganisationId));
        Assert.Equal([(placeBoard.Id, board.Id)], placeBoard.FeedsInto.Select(f => (f.BodyId, f.FeedsIntoBodyId)));
        Assert.Empty(board.FeedsInto);
        Assert.Equal((rows.Places[0].Id, rows.Neighbourhoods[0].Id), (placeBoard.PlaceId!.Value, placeBoard.NeighbourhoodId!.Value));
        Assert.Equal((ada.Id, ben.Id, "ready-now"), (post.HolderPersonId!.Value, post.Successors.Single().PersonId, post.Successors.Single().Readiness));
        Assert.Null(rows.Organisations[1].PlaceId);
        Assert.Equal(rows.Organisations[0].Id, ada.OrganisationId);
    }

    [Fact]
    public void From_DemoNetwork_PutsEveryRowInTheOneSystemWithDistinctIds()
    {
        var document = DemoNetwork.Build();

        var rows = NetworkEntities.From(document);
        var scoped = rows.AllRows().OfType<ISystemScoped>().ToList();
        var ids = rows.Places.Select(p => p.Id).Concat(rows.Neighbourhoods.Select(n => n.Id)).Concat(rows.Organisations.Select(o => o.Id))
            .Concat(rows.People.Select(p => p.Id)).Concat(rows.Bodies.Select(b => b.Id)).Concat(rows.Memberships.Select(m => m.Id))
            .Concat(rows.Posts.Select(p => p.Id)).ToList();

        Assert.All(scoped, r => Assert.Equal(rows.System.Id, r.SystemId));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(document.Memberships.Count, rows.Memberships.Count);
        Assert.Equal(document.Bodies.Sum(b => b.FeedsInto.Count), rows.Bodies.Sum(b => b.FeedsInto.Count));
        Assert.All(rows.Memberships, m => Assert.Contains(rows.People, p => p.Id == m.PersonId));
        Assert.Equal(1 + document.Places.Count + document.Neighbourhoods.Count + document.Organisations.Count + document.People.Count
                     + document.Bodies.Count + document.Memberships.Count + document.Posts.Count, rows.AllRows().Count());
    }
}
