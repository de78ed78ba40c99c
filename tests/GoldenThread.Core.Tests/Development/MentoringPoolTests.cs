namespace GoldenThread.Development;

public class MentoringPoolTests
{
    private static readonly Guid Place1 = Guid.NewGuid(), Place2 = Guid.NewGuid();
    private static readonly Guid Trust = Guid.NewGuid(), Practice = Guid.NewGuid();

    private static MentoringProfile Profile(Guid person, Guid? organisation, Guid? place, string seniority = "senior",
        string profession = "medicine", string setting = "acute") => new(person, organisation, place, profession, setting, seniority);

    private static MentorOffer Offer(Guid person, int capacity = 1, params Guid[] avoid) =>
        new() { PersonId = person, Capacity = capacity, Avoid = [.. avoid] };

    private static MenteeRequest Request(Guid person, string[]? professions = null, params Guid[] avoid) =>
        new() { PersonId = person, Hopes = "To lead", Professions = [.. professions ?? []], Avoid = [.. avoid] };

    [Fact]
    public void Match_PoolFromTheRegister_PairsPeopleByTheirPostsAndPlaces()
    {
        // The mentor is a senior doctor in a trust of place 1; the mentee a middle-grade nurse of a practice in place 2
        // asking for medicine: 10 + 4 (profession) + 2 (different places) = 16; not acute asked for, so no setting bonus.
        var (mentor, mentee) = (Guid.NewGuid(), Guid.NewGuid());
        var pool = new MentoringPool([Offer(mentor)], [Request(mentee, ["medicine"])], new Dictionary<Guid, MentoringProfile>
        {
            [mentor] = Profile(mentor, Trust, Place1), [mentee] = Profile(mentee, Practice, Place2, "middle", "nursing", "primary-care"),
        });

        var pair = Assert.Single(MentoringMatcher.Default.Match(pool.Mentors, pool.Mentees).Pairs);

        Assert.Equal((mentor, mentee, 16), (pool.PersonOf(pair.MentorId), pool.PersonOf(pair.MenteeId), pair.Score));
        Assert.Equal(new MentoringScore(10, 4, 0, 2), MentoringMatcher.Default.Terms(pool.Mentors[0], pool.Mentees[0]));
        Assert.Equal((pool.Mentors[0], pool.Mentees[0]), (pool.MentorOf(mentor), pool.MenteeOf(mentee)));
        Assert.Equal((null, null), (pool.MentorOf(mentee), pool.MenteeOf(mentor)));
    }

    [Fact]
    public void Match_SomeoneAvoidedByPerson_IsNotPaired()
    {
        var (mentor, mentee) = (Guid.NewGuid(), Guid.NewGuid());
        var profiles = new Dictionary<Guid, MentoringProfile>
        {
            [mentor] = Profile(mentor, Trust, Place1), [mentee] = Profile(mentee, Practice, Place1, "middle"),
        };

        Assert.Empty(Match(new MentoringPool([Offer(mentor, 1, mentee)], [Request(mentee)], profiles)));
        Assert.Empty(Match(new MentoringPool([Offer(mentor)], [Request(mentee, null, mentor)], profiles)));
        Assert.Single(Match(new MentoringPool([Offer(mentor)], [Request(mentee)], profiles)));
    }

    [Fact]
    public void Match_SomeoneOfferingAndAsking_IsNeverTheirOwnMentorEvenWithoutAnOrganisation()
    {
        var both = Guid.NewGuid();
        var pool = new MentoringPool([Offer(both)], [Request(both)],
            new Dictionary<Guid, MentoringProfile> { [both] = Profile(both, null, null) });

        Assert.Empty(Match(pool));
    }

    [Fact]
    public void Match_TwoPeopleWithoutAnOrganisation_MayBePaired()
    {
        var (mentor, mentee) = (Guid.NewGuid(), Guid.NewGuid());
        var pool = new MentoringPool([Offer(mentor)], [Request(mentee)], new Dictionary<Guid, MentoringProfile>
        {
            [mentor] = Profile(mentor, null, null), [mentee] = Profile(mentee, null, null, "middle"),
        });

        // Both serve the whole system: the same "place", so the base alone.
        Assert.Equal(10, Assert.Single(Match(pool)).Score);
    }

    private static IReadOnlyList<MentoringPair> Match(MentoringPool pool) => MentoringMatcher.Default.Match(pool.Mentors, pool.Mentees).Pairs;
}
