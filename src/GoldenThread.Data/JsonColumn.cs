using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data;

internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Keeps a list of values as one JSON text column: written and read whole, never searched by its items' fields, and
    /// the same text on SQLite and PostgreSQL (not jsonb). Compared item by item, so a changed item is a change.
    /// </summary>
    /// <typeparam name="TList"><c>List&lt;TItem&gt;</c> or an interface it implements.</typeparam>
    public static PropertyBuilder<TList> StoredAsJson<TList, TItem>(this PropertyBuilder<TList> property) where TList : IEnumerable<TItem>
    {
        property.HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                text => (TList)(object)(JsonSerializer.Deserialize<List<TItem>>(text, Json) ?? new List<TItem>()))
            .Metadata.SetValueComparer(new ValueComparer<TList>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                list => (TList)(object)list.ToList()));
        return property;
    }

    /// <summary>
    /// Keeps one value (a document of records and lists) as one JSON text column, compared by its JSON so that a change
    /// anywhere inside it is a change.
    /// </summary>
    public static PropertyBuilder<T> StoredAsJsonDocument<T>(this PropertyBuilder<T> property) where T : class, new()
    {
        property.HasConversion(
                value => JsonSerializer.Serialize(value, Json),
                text => JsonSerializer.Deserialize<T>(text, Json) ?? new T())
            .Metadata.SetValueComparer(new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                value => JsonSerializer.Serialize(value, Json).GetHashCode(),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Json), Json)!));
        return property;
    }
}
