using CsCheck;
using static GoldenThread.Programmes.Applications;

namespace GoldenThread.Programmes;

public class EligibilityPropertyTests
{
    private static readonly string[] Organisations = ["University Hospitals Sussex", "Brighton and Hove City Council", "Together Co", ""];
    private static readonly string[] Sectors = ["nhs-acute", "nhs-community", "local-authority-unitary", "voluntary-community"];
    private static readonly string[] Seniorities = ["early-career", "middle", "senior", "executive"];
    private static readonly string[] Functions = ["clinical", "Clinical ", "care", "managerial"];

    /// <summary>Mostly committed and sharing, so that many teams are complete and the caps have something to decide.</summary>
    private static readonly Gen<TeamMember> Member =
        Gen.Select(Gen.OneOf(Organisations), Gen.OneOf(Sectors), Gen.OneOf(Seniorities), Gen.OneOf(Functions),
            Gen.Int[0, 19], Gen.Int[0, 19],
            (organisation, sector, seniority, function, committed, sharing) => new TeamMember
            {
                Name = "Member", Organisation = organisation, Sector = sector, Seniority = seniority, Function = function,
                CommittedBeyondProgramme = committed > 0, WillShareLearning = sharing > 0,
            });

    /// <summary>
    /// The complete application of <see cref="Applications"/> varied where the criteria look: 4 to 8 members, a priority
    /// area that may be another system's, statements that may fall short, sponsors that may not be senior, no time.
    /// </summary>
    private static readonly Gen<ApplicationContent> Content =
        Gen.Select(Member.Array[4, 8], Gen.OneOf("care homes", "Care Homes", "frailty", "dementia"),
            Gen.OneOf(CitizenGains, "Fewer falls at home", "   "), Gen.Int[0, 9], Gen.Int[0, 9],
            (members, area, gains, sponsors, time) => Applications.Content with
            {
                Members = members,
                WickedIssue = Applications.Content.WickedIssue with { PriorityArea = area },
                CitizenGains = gains,
                Sponsors = sponsors == 0 ? [.. Applications.Content.Sponsors.Select(s => s with { Senior = false })] : Applications.Content.Sponsors,
                EmployerTimeCommitment = time == 0 ? new() : Applications.Content.EmployerTimeCommitment,
            });

    /// <summary>
    /// A round with 1 to 3 places per system and 10 to 40 people, and up to 14 applications from QXX and QYY with unique
    /// ids, submitted within 4 minutes of each other (so ties are common), some written in another offset.
    /// </summary>
    private static readonly Gen<(ProgrammeSettings Settings, Application[] Applications)> Round =
        Gen.Select(Gen.Int[1, 3], Gen.Int[10, 40],
            Gen.Select(Content, Gen.OneOf(Qxx, Qyy, "qxx"), Gen.Int[0, 4], Gen.Bool).Array[0, 14],
            (places, people, drafts) => (Settings with { MaxTeamsPerSystem = places, PeoplePerSystem = people },
                drafts.Select((d, i) => new Application(
                    // "a0", "B1", "c2"…: unique, in an ordinal order unlike their culture order.
                    $"{(char)((i % 2 == 0 ? 'a' : 'A') + i)}{i}",
                    d.Item2,
                    d.Item4 ? Monday.AddMinutes(d.Item3) : Monday.AddMinutes(d.Item3).ToOffset(TimeSpan.FromHours(1)),
                    d.Item1)).ToArray()));

    private static void AssertSameResult(EligibilityResult expected, EligibilityResult actual)
    {
        Assert.Equal(expected.ApplicationId, actual.ApplicationId);
        Assert.Equal(expected.Eligible, actual.Eligible);
        Assert.Equal(expected.Criteria, actual.Criteria);
    }

    [Fact]
    public void Evaluate_ApplicationsInAnyOrder_GiveEachApplicationTheSameResult()
    {
        Round.SelectMany(round => Gen.Shuffle(round.Applications.ToArray()).Select(shuffled => (round.Settings, round.Applications, shuffled)))
            .Sample((settings, applications, shuffled) =>
            {
                var inOrder = Eligibility.Evaluate(settings, applications).ToDictionary(r => r.ApplicationId);
                var results = Eligibility.Evaluate(settings, shuffled);

                Assert.Equal(shuffled.Select(a => a.Id), results.Select(r => r.ApplicationId));
                foreach (var result in results) AssertSameResult(inOrder[result.ApplicationId], result);
            });
    }

    /// <summary>
    /// Adding a member from a sector the team does not have yet, who is committed beyond the programme and will share
    /// learning (without that, E-COMMITMENT rightly fails: it asks it of every member).
    /// <para>
    /// What can and cannot change, and so what this checks. The criteria an application meets on its own count sets that
    /// a new member can only add to (members, sectors, sectors outside the NHS, organisations, seniority levels,
    /// functions, senior members' sectors) or do not look at members at all, so none of the team's own criteria turns
    /// from pass, and no other application's own criteria change. The two caps are decided across a system's teams:
    /// a team that becomes complete joins its system's queue, so it may itself be too late for a place, or take the
    /// last place from a later team — E-SYSTEM-TEAM-CAP can turn from pass to fail, for the team or another one, and
    /// only when the team was not complete before. Its members then count towards E-SYSTEM-PEOPLE-CAP, which can only
    /// warn. So: no criterion but E-SYSTEM-TEAM-CAP turns from pass to fail for any application; E-SYSTEM-TEAM-CAP does
    /// not change at all when the team was already complete; and a system never has fewer eligible teams than before
    /// (the complete teams only grow, and the eligible ones are the first <c>maxTeamsPerSystem</c> of them).
    /// </para>
    /// </summary>
    [Fact]
    public void Evaluate_AMemberFromANewSectorAdded_TurnsNoPassIntoAFail()
    {
        var ownCriteria = EligibilityCriteria.Default.Criteria.Select(c => c.Id).Except([Eligibility.SystemTeamCap, Eligibility.SystemPeopleCap]).ToList();
        var change = Round.Where(r => r.Applications.Length > 0).SelectMany(round => Gen.Select(
            Gen.Int[0, round.Applications.Length - 1], Gen.Int[0, 100], Member,
            (index, sector, member) => (round.Settings, round.Applications, Index: index, Sector: sector, Member: member)));

        change.Sample(c =>
        {
            var before = Eligibility.Evaluate(c.Settings, c.Applications);
            var team = c.Applications[c.Index];
            var newSectors = Vocabularies().Where(s => team.Content.Members.All(m => m.Sector != s)).ToList();
            var joining = c.Member with { Sector = newSectors[c.Sector % newSectors.Count], CommittedBeyondProgramme = true, WillShareLearning = true };
            var changed = c.Applications.Select((a, i) => i == c.Index ? a with { Content = a.Content with { Members = [.. a.Content.Members, joining] } } : a).ToArray();

            var after = Eligibility.Evaluate(c.Settings, changed);

            var wasComplete = ownCriteria.All(id => before[c.Index][id].Status == CriterionStatus.Pass);
            for (var i = 0; i < before.Count; i++)
            {
                foreach (var criterion in before[i].Criteria.Where(r => r.Status == CriterionStatus.Pass && r.Id != Eligibility.SystemTeamCap))
                    Assert.NotEqual(CriterionStatus.Fail, after[i][criterion.Id].Status);
                if (i != c.Index)
                    Assert.Equal(ownCriteria.Select(id => before[i][id]), ownCriteria.Select(id => after[i][id]));
                if (wasComplete)
                    Assert.Equal(before[i][Eligibility.SystemTeamCap].Status, after[i][Eligibility.SystemTeamCap].Status);
            }
            foreach (var system in c.Applications.Select(a => a.SystemCode.ToUpperInvariant()).Distinct())
            {
                int Eligible(IReadOnlyList<EligibilityResult> results) =>
                    results.Where((r, i) => r.Eligible && c.Applications[i].SystemCode.Equals(system, StringComparison.OrdinalIgnoreCase)).Count();
                Assert.True(Eligible(after) >= Eligible(before), $"{system}: {Eligible(before)} eligible before, {Eligible(after)} after");
            }
        });
    }

    private static IEnumerable<string> Vocabularies() => GoldenThread.Network.Vocabularies.Default.Sectors.Select(s => s.Code);
}
