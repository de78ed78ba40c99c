namespace GoldenThread.Web.Shell;

/// <summary>The HTML id of the input bound to a ModelState key, so error summaries link to their field.</summary>
public static class FieldIds
{
    public static string For(string modelStateKey) =>
        modelStateKey.Replace('.', '-').Replace('[', '-').Replace("]", "").ToLowerInvariant();
}
