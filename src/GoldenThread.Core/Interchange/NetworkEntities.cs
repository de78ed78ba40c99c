using GoldenThread.Network;

namespace GoldenThread.Interchange;

/// <summary>One system's network as the rows the store keeps.</summary>
public sealed record NetworkEntities(
    IntegratedCareSystem System,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Neighbourhood> Neighbourhoods,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Person> People,
    IReadOnlyList<Body> Bodies,
    IReadOnlyList<Membership> Memberships,
    IReadOnlyList<Post> Posts)
{
    public IEnumerable<object> AllRows() =>
        new object[] { System }.Concat(Places).Concat(Neighbourhoods).Concat(Organisations).Concat(People)
            .Concat(Bodies).Concat(Memberships).Concat(Posts);

    /// <summary>
    /// Maps a document whose references all resolve (validation is the importer's job) to new rows.
    /// </summary>
    public static NetworkEntities From(NetworkDocument document) => NetworkReconciler.Reconcile(null, document).Rows;
}
