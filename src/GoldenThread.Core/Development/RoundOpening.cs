using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>What opening a development round asks of every kind (mentoring, learning-set registration): a title, an optional description and a closing date not yet passed.</summary>
public static class RoundOpening
{
    /// <param name="what">What is opened, in a sentence: "round", "registration".</param>
    public static void Check(List<FieldError> errors, string? title, string? description, DateOnly? closesOn, DateOnly today, string what,
        int titleLength, int descriptionLength)
    {
        TextFields.Check(errors, "title", "Title", title, titleLength, $"Enter a title for the {what}");
        TextFields.Check(errors, "description", "Description", description, descriptionLength, null);
        if (closesOn is null) errors.Add(new FieldError("closesOn", "Enter a closing date"));
        else if (closesOn < today) errors.Add(new FieldError("closesOn", "Closing date must be today or in the future"));
    }
}
