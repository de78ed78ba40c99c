using GoldenThread.Network;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>A yes-or-no question's radios, bound as text so that no answer is ours to report rather than a silent "no".</summary>
public static class YesNo
{
    public static IReadOnlyList<Choice> Choices { get; } = [new("yes", "Yes"), new("no", "No")];

    public static string Of(bool value) => value ? "yes" : "no";

    /// <summary>The answer; null, with <paramref name="missing"/> as the error for <paramref name="field"/>, when neither was chosen.</summary>
    public static bool? Read(string? answer, string field, string missing, ICollection<FieldError> errors)
    {
        if (answer is "yes" or "no") return answer == "yes";
        errors.Add(new FieldError(field, missing));
        return null;
    }
}
