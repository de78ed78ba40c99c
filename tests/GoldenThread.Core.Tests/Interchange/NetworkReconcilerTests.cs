using CsCheck;
using GoldenThread.Network;

namespace GoldenThread.Interchange;

public class NetworkReconcilerTests
{
    private static string FileOf(NetworkEntities rows) => NetworkFile.Write(NetworkExport.Document(rows));

    [Fact]
    public void Reconcile_SameFileAgain_KeepsEveryRowAndRemovesNothing()
    {
        var stored = NetworkEntities.From(DemoNetwork.Build());
        var before = stored.AllRows().ToList();

        var (rows, removed) = NetworkReconciler.Reconcile(stored, NetworkExport.Document(stored));

        Assert.Empty(removed);
        Assert.True(new HashSet<object>(before, ReferenceEqualityComparer.Instance).SetEquals(rows.AllRows()));
        Assert.Equal(before.Count, rows.AllRows().Count());
    }

    [Fact]
    public void Reconcile_PersonWithNewFte_ChangesThatPersonInPlace()
    {
        var stored = NetworkEntities.From(TinyNetwork());
        var ada = stored.People.Single(p => p.Name == "Ada Brook");
        var file = TinyNetwork() with { People = [.. TinyNetwork().People.Select(p => p.Name == "Ada Brook" ? p with { Fte = 0.6m } : p)] };

        var (rows, removed) = NetworkReconciler.Reconcile(stored, file);

        Assert.Same(ada, rows.People.Single(p => p.Name == "Ada Brook"));
        Assert.Equal(0.6m, ada.Fte);
        Assert.Empty(removed);
    }

    [Fact]
    public void Reconcile_BodyLeftOutOfTheFile_RemovesItWithItsMembershipsAndEdges()
    {
        var stored = NetworkEntities.From(TinyNetwork());
        var placeBoard = stored.Bodies.Single(b => b.Name == "Place board");
        var file = TinyNetwork() with
        {
            Bodies = [.. TinyNetwork().Bodies.Where(b => b.Id != "b2")],
            Memberships = [.. TinyNetwork().Memberships.Where(m => m.BodyId != "b2")],
        };

        var (rows, removed) = NetworkReconciler.Reconcile(stored, file);

        Assert.Contains(placeBoard, removed);
        Assert.Contains(placeBoard.FeedsInto.Single(), removed);
        Assert.Contains(stored.Memberships.Single(m => m.BodyId == placeBoard.Id), removed);
        Assert.Equal(["Board"], rows.Bodies.Select(b => b.Name));
    }

    [Fact]
    public void Reconcile_NewPersonAndMembership_AddsRowsAndKeepsTheOthers()
    {
        var stored = NetworkEntities.From(TinyNetwork());
        var file = TinyNetwork() with
        {
            People = [.. TinyNetwork().People, new PersonRecord("u3", "Cara Dunn", "pharmacy", null, "primary-care", "o1", "senior", 1m, false)],
            Memberships = [.. TinyNetwork().Memberships, new MembershipRecord("u3", "b1", "member", "clinical", new DateOnly(2025, 1, 1), null, 4, "o1")],
        };

        var (rows, removed) = NetworkReconciler.Reconcile(stored, file);

        Assert.Empty(removed);
        Assert.Equal(3, rows.People.Count);
        Assert.Equal(stored.People, rows.People.Take(2), ReferenceEqualityComparer.Instance);
        Assert.Equal(rows.People[2].Id, rows.Memberships[1].PersonId);
    }

    [Fact]
    public void Reconcile_OwnExportWithNamesakesInAnyStoredOrder_KeepsEachRowItsOwnValues()
    {
        var small = TinyNetwork();
        var file = small with
        {
            Places = [.. small.Places, new PlaceRecord("p2", "Hillshire", 100_000, "two-tier")],
            People = [.. small.People, new PersonRecord("u3", "Ada Brook", "pharmacy", null, "primary-care", "o1", "middle", 1m, false)],
            Posts = [.. small.Posts, small.Posts[0] with { Id = "r2", PlaceId = "p2", HolderPersonId = null, HolderSince = null, Successors = [] }],
        };
        var rows = NetworkEntities.From(file);
        // The store reads rows in its own order, which need not be the file's.
        var stored = rows with { People = [.. rows.People.Reverse()] };
        var professions = stored.People.ToDictionary(p => p, p => p.Profession);
        var places = stored.Posts.ToDictionary(p => p, p => p.PlaceId);

        var (_, removed) = NetworkReconciler.Reconcile(stored, NetworkExport.Document(rows));

        Assert.Empty(removed);
        Assert.All(stored.People, p => Assert.Equal(professions[p], p.Profession));
        Assert.All(stored.Posts, p => Assert.Equal(places[p], p.PlaceId));
    }

    [Theory]
    [InlineData("o1", true)]  // the same organisation: the email was corrected
    [InlineData("o2", false)] // another organisation and another email: another person
    public void Reconcile_PersonWithANewEmail_IsTheSamePersonOnlyAtTheSameOrganisation(string organisation, bool same)
    {
        var small = TinyNetwork() with { People = [.. TinyNetwork().People.Select(p => p.Name == "Ada Brook" ? p with { Email = "ada@trust.example" } : p)] };
        var stored = NetworkEntities.From(small);
        var ada = stored.People.Single(p => p.Name == "Ada Brook");
        var file = small with { People = [.. small.People.Select(p => p.Name == "Ada Brook" ? p with { Email = "ada.brook@new.example", OrganisationId = organisation } : p)] };

        var (rows, removed) = NetworkReconciler.Reconcile(stored, file);

        Assert.Equal(same, rows.People.Contains(ada));
        Assert.Equal(!same, removed.Contains(ada));
    }

    [Fact]
    public void Reconcile_IntoNothing_GivesTheSameRowsAsTheFile()
    {
        var file = DemoNetwork.Build();

        Assert.Equal(FileOf(NetworkEntities.From(NetworkExport.Document(NetworkEntities.From(file)))),
            FileOf(NetworkReconciler.Reconcile(null, file).Rows));
    }

    /// <summary>Random edits of the demo network that keep it valid: people renamed or re-graded, seats ended or dropped,
    /// people and bodies with nothing hanging off them removed.</summary>
    private static readonly Gen<NetworkDocument> EditedDemo = Gen.Select(Gen.Int, Gen.Double[0, 0.3]).Select((seed, rate) =>
    {
        var demo = DemoNetwork.Build();
        var random = new Random(seed);
        bool Roll() => random.NextDouble() < rate;
        var memberships = demo.Memberships.Where(_ => !Roll())
            .Select(m => Roll() ? m with { HoursPerMonth = m.HoursPerMonth + 1, End = m.End ?? m.Start.AddYears(1) } : m).ToList();
        var referenced = memberships.Select(m => m.PersonId)
            .Concat(demo.Posts.SelectMany(p => p.Successors.Select(s => s.PersonId).Append(p.HolderPersonId ?? ""))).ToHashSet();
        var people = demo.People.Where(p => referenced.Contains(p.Id) || !Roll())
            .Select(p => Roll() ? p with { Name = p.Name + " Jr", Fte = 0.5m, Seniority = "middle" } : p).ToList();
        return demo with { People = people, Memberships = memberships };
    });

    [Fact]
    public void Reconcile_StoredNetworkAndAnyEditedFile_GivesExactlyTheEditedFile()
    {
        EditedDemo.Sample(edited =>
        {
            Assert.Empty(NetworkValidator.Validate(edited, Vocabularies.Default));
            var stored = NetworkEntities.From(DemoNetwork.Build());

            var (rows, _) = NetworkReconciler.Reconcile(stored, edited);

            Assert.Equal(FileOf(NetworkEntities.From(edited)), FileOf(rows));
        }, iter: 40);
    }

    [Fact]
    public void ExportThenImport_AnyEditedNetwork_ExportsTheSameFile()
    {
        EditedDemo.Sample(edited =>
        {
            var exported = FileOf(NetworkEntities.From(edited));
            var reimported = NetworkFile.Read(exported, Vocabularies.Default).Document!;
            Assert.Equal(exported, FileOf(NetworkEntities.From(reimported)));
        }, iter: 40);
    }

    private static NetworkDocument TinyNetwork() => NetworkEntitiesTests.Small();
}
