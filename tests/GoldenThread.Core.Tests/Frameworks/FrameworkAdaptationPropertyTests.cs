using CsCheck;

namespace GoldenThread.Frameworks;

public class FrameworkAdaptationPropertyTests
{
    private static readonly FrameworkDefinition[] Library = [.. FrameworkLibrary.All];
    private static readonly string[] Texts = ["", "  ", "Leaders of every profession meet monthly"];

    /// <summary>A change built from small choices, so that many name real principles and criteria and some are refused.</summary>
    private static Gen<Func<FrameworkDefinition, FrameworkChange>> Change =>
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 40], Gen.Int[0, Texts.Length - 1].Select(i => Texts[i]), Gen.Bool,
            (kind, pick, text, guided) => (Func<FrameworkDefinition, FrameworkChange>)(current =>
            {
                var criteria = current.AllCriteria.ToList();
                var criterion = pick < criteria.Count ? criteria[pick].Id : "X" + pick;
                var principle = current.Principles[pick % current.Principles.Count].Id;
                string?[] guidance = guided ? [.. current.Levels.Select(l => $"{text} at {l.Name}")] : [];
                return kind switch
                {
                    0 => new AddCriterion(principle, text, guidance),
                    1 => new ChangeCriterion(criterion, text + pick, guidance),
                    2 => new RetireCriterion(criterion),
                    3 => new RestoreCriterion(criterion),
                    _ => new RenameLevels([.. current.Levels.Select(l => new LevelWords(text == "" ? "" : l.Name + pick, l.Description))]),
                };
            }));

    [Fact]
    public void Apply_AnySequenceOfChanges_KeepsEveryEarlierIdAndBreaksNoRule()
    {
        Gen.Select(Gen.Int[0, Library.Length - 1], Change.Array[1, 40]).Sample((which, changes) =>
        {
            var versions = new List<FrameworkDefinition> { Library[which] };
            foreach (var change in changes)
            {
                var adaptation = FrameworkAdaptation.Apply(versions[^1], change(versions[^1]));
                Assert.True(adaptation.Succeeded ^ adaptation.Problems.Count > 0);
                if (adaptation.Definition is { } next) versions.Add(next);
            }

            for (var i = 1; i < versions.Count; i++)
            {
                Assert.Empty(FrameworkRules.Problems(versions[i]));
                Assert.Empty(FrameworkAdaptation.NextVersionProblems(versions[i - 1], versions[i]));
                Assert.Empty(FrameworkAdaptation.LostCriteria(versions[0], versions[i]));
            }
        });
    }

    [Fact]
    public void Apply_AnySequenceOfChanges_LeavesEarlierVersionsAsTheyWere()
    {
        Gen.Select(Gen.Int[0, Library.Length - 1], Change.Array[1, 20]).Sample((which, changes) =>
        {
            var first = Library[which];
            var before = System.Text.Json.JsonSerializer.Serialize(first);
            var current = first;
            foreach (var change in changes)
                current = FrameworkAdaptation.Apply(current, change(current)).Definition ?? current;

            Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(first));
        });
    }
}
