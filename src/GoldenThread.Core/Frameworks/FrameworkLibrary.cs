using GoldenThread.Network;

namespace GoldenThread.Frameworks;

/// <summary>
/// The frameworks GoldenThread ships (<c>Reference/framework-*.json</c>), which a system adopts and adapts: clinical and
/// care professional leadership, and working with people and communities. Each is checked at load
/// (<see cref="FrameworkRules.Problems"/>), so a broken file stops the app starting rather than an assessment.
/// </summary>
public static class FrameworkLibrary
{
    private static readonly Lazy<IReadOnlyList<FrameworkDefinition>> Embedded = new(() =>
    [
        ReferenceData.Load<FrameworkDefinition>("framework-ccpl.json", FrameworkRules.Problems),
        ReferenceData.Load<FrameworkDefinition>("framework-people-and-communities.json", FrameworkRules.Problems),
    ]);

    public static IReadOnlyList<FrameworkDefinition> All => Embedded.Value;

    public static FrameworkDefinition? Find(string key) => All.FirstOrDefault(f => f.Key == key);

    public static FrameworkDefinition Ccpl => Find("ccpl")!;
}
