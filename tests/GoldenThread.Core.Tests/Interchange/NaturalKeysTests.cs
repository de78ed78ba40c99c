using CsCheck;

namespace GoldenThread.Interchange;

public class NaturalKeysTests
{
    private sealed record Row(string Name, string? Email);

    private static NaturalKeys.Pairing<Row, Row> Pair(Row[] stored, Row[] incoming) =>
        NaturalKeys.Pair(stored, incoming,
            NaturalKeys.By<Row, Row>(r => r.Email, r => r.Email),
            NaturalKeys.By<Row, Row>(r => r.Name, r => r.Name));

    [Fact]
    public void Pair_EmailBeforeName_RecognisesARenamedPersonByEmail()
    {
        var ada = new Row("Ada Brook", "ada@example.org");
        var renamed = new Row("Ada Brook-Carter", "ada@example.org");

        var pairing = Pair([ada], [renamed]);

        Assert.Equal([(ada, renamed)], pairing.Pairs);
        Assert.Empty(pairing.New);
        Assert.Empty(pairing.Gone);
    }

    [Fact]
    public void Pair_KeysIgnoreCaseAndSurroundingSpace()
    {
        var stored = new Row("Riverton", null);
        var incoming = new Row(" RIVERTON ", null);

        Assert.Equal([(stored, incoming)], Pair([stored], [incoming]).Pairs);
    }

    [Fact]
    public void Pair_TwoStoredAndOneIncomingOfTheSameName_PairsTheFirstAndTheSecondIsGone()
    {
        Row first = new("Sam Lee", null), second = new("Sam Lee", null), incoming = new("Sam Lee", null);

        var pairing = Pair([first, second], [incoming]);

        Assert.Equal([(first, incoming)], pairing.Pairs);
        Assert.Equal([second], pairing.Gone);
    }

    [Fact]
    public void Pair_NullKeyNeverMatches_FallsThroughToTheNextKey()
    {
        Row stored = new("Ben Carter", null), incoming = new("Ben Carter", null);

        // Neither has an email, so the first key cannot pair them; the name does.
        Assert.Equal([(stored, incoming)], Pair([stored], [incoming]).Pairs);
    }

    [Fact]
    public void Pair_SameNameButDifferentEmails_AreTwoDifferentPeople()
    {
        Row stored = new("Sam Lee", "sam.lee@trust.example"), incoming = new("Sam Lee", "sam.lee@council.example");

        var pairing = NaturalKeys.Pair<Row, Row>([stored], [incoming], (s, i) => s.Email is null || i.Email is null || s.Email == i.Email,
            NaturalKeys.By<Row, Row>(r => r.Email, r => r.Email), NaturalKeys.By<Row, Row>(r => r.Name, r => r.Name));

        Assert.Empty(pairing.Pairs);
        Assert.Equal([incoming], pairing.New);
        Assert.Equal([stored], pairing.Gone);
    }

    private static readonly Gen<Row> Rows = Gen.Select(Gen.OneOf<string>("Ada", "Ben", "Cy", "ada", " Ben "), Gen.OneOf<string?>(null, "a@x", "b@x", "c@x"),
        (name, email) => new Row(name, email));

    [Fact]
    public void Pair_AnyRows_EveryRowIsAccountedForExactlyOnce()
    {
        Gen.Select(Rows.Array[0, 8], Rows.Array[0, 8]).Sample((stored, incoming) =>
        {
            var pairing = Pair(stored, incoming);
            var storedSeen = pairing.Pairs.Select(p => p.Stored).Concat(pairing.Gone).ToList();
            var incomingSeen = pairing.Pairs.Select(p => p.Incoming).Concat(pairing.New).ToList();
            Assert.Equal(stored.Length, storedSeen.Count);
            Assert.Equal(incoming.Length, incomingSeen.Count);
            Assert.All(stored, s => Assert.Contains(storedSeen, x => ReferenceEquals(x, s)));
            Assert.All(incoming, i => Assert.Contains(incomingSeen, x => ReferenceEquals(x, i)));
            // Nothing left unpaired could have been paired on either key.
            Assert.DoesNotContain(pairing.New, n => pairing.Gone.Any(g => Same(g.Name, n.Name) || (g.Email is not null && g.Email == n.Email)));
        });
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
