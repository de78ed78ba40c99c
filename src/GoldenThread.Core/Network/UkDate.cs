namespace GoldenThread.Network;

/// <summary>The calendar of England (GMT or BST), which decides whether a membership is current or past.</summary>
public static class UkDate
{
    public static readonly TimeZoneInfo London =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Today's date in England.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
}
