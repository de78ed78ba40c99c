using GoldenThread.Development;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Web.Demo;

public class DemoExchangesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static (NetworkEntities Network, List<object> Rows) Seed()
    {
        var network = NetworkEntities.From(DemoNetwork.Build());
        return (network, [.. DemoExchanges.For(network, Now)]);
    }

    [Fact]
    public void For_PublishesAnAutumnRoundOfAllowedPairsWithTheDemoProfessionalsReflections()
    {
        var (network, rows) = Seed();
        var autumn = rows.OfType<ExchangeRound>().Single(r => r.Status == ExchangeRoundStatus.Published);
        var pairs = rows.OfType<ExchangePairing>().Where(p => p.RoundId == autumn.Id).ToList();
        var people = network.People.ToDictionary(p => p.Id);
        var professional = network.People[0].Id;

        Assert.True(autumn.SignUpClosesOn < UkDate.DateOf(Now).AddMonths(-2));
        Assert.All(pairs, p => Assert.NotEqual(people[p.PersonA].Setting, people[p.PersonB].Setting));
        Assert.All(pairs, p => Assert.NotEqual(people[p.PersonA].OrganisationId, people[p.PersonB].OrganisationId));
        Assert.All(pairs, p => Assert.True(p.Slot(1).CompareTo(p.Slot(2)) < 0 && p.Slot(2).Date < UkDate.DateOf(Now) && p.PublishedAt is not null));
        Assert.Equal(pairs.Count * 2, pairs.SelectMany(p => new[] { p.PersonA, p.PersonB }).Distinct().Count());
        var mine = Assert.Single(pairs, p => p.Includes(professional));
        Assert.Contains(rows.OfType<ExchangeReflection>(), r => r.PairingId == mine.Id && r.PersonId == professional);
        Assert.Equal(6, rows.OfType<ExchangeIdea>().Select(i => i.Text).Distinct().Count());
    }

    [Fact]
    public void For_OpensAWinterRoundTheDemoProfessionalHasJoined()
    {
        var (network, rows) = Seed();
        var winter = rows.OfType<ExchangeRound>().Single(r => r.Status == ExchangeRoundStatus.Open);

        Assert.True(winter.TakesSignUps(UkDate.DateOf(Now)));
        Assert.Empty(ExchangeRules.CheckRound(new ExchangeRoundFields(winter.Title, winter.Description, string.Join(' ', winter.Slots), winter.SignUpClosesOn,
            winter.VisitHours), UkDate.DateOf(Now), 2));
        var signUps = rows.OfType<ExchangeSignUp>().Where(s => s.RoundId == winter.Id).ToList();
        Assert.Contains(signUps, s => s.PersonId == network.People[0].Id);
        Assert.All(signUps, s => Assert.Empty(ExchangeRules.CheckSignUp(winter.Slots, s.Availability, s.Avoid, s.PersonId, 2)));
    }
}
