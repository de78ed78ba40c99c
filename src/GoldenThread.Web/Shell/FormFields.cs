namespace GoldenThread.Web.Shell;

/// <summary>One option of a select, radios or checkboxes; <see cref="Group"/> puts select options in an optgroup.</summary>
public sealed record Choice(string Value, string Text, string? Group = null, string? Hint = null);

/// <summary>
/// What the form partials (<c>_TextInput</c>, <c>_Select</c>, <c>_Radios</c>, <c>_Checkboxes</c>, <c>_DateInput</c>) draw:
/// <see cref="Key"/> is the bound property (the input's name) and, through <see cref="FieldIds"/>, its id and the
/// ModelState key of its error.
/// </summary>
public abstract record FormField(string Key, string Label, string? Hint = null)
{
    public string Id => FieldIds.For(Key);
    /// <summary>The ids the field's hint and error have, for aria-describedby; null when there are neither.</summary>
    public string? DescribedBy(string? error) =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}

/// <param name="PageHeading">The label is the page's h1: a question page asking one thing (NHS service manual).</param>
public sealed record TextField(string Key, string Label, string? Value, string? Hint = null, string Width = "nhsuk-u-width-two-thirds",
    string Type = "text", string? InputMode = null, string? Autocomplete = "off", bool PageHeading = false) : FormField(Key, Label, Hint);

public sealed record SelectField(string Key, string Label, IReadOnlyList<Choice> Options, string? Selected, string? Hint = null,
    string? Empty = "Choose…") : FormField(Key, Label, Hint);

/// <param name="PageHeading">The legend is the page's h1.</param>
public sealed record RadiosField(string Key, string Label, IReadOnlyList<Choice> Options, string? Selected, string? Hint = null,
    bool Inline = false, bool PageHeading = false) : FormField(Key, Label, Hint);

public sealed record CheckboxesField(string Key, string Label, IReadOnlyList<Choice> Options, IReadOnlyCollection<string> Selected,
    string? Hint = null) : FormField(Key, Label, Hint);

public sealed record DateField(string Key, string Label, DateParts Value, string? Hint = "For example, 15 3 2024") : FormField(Key, Label, Hint);

/// <param name="PageHeading">The label is the page's h1.</param>
public sealed record TextareaField(string Key, string Label, string? Value, string? Hint = null, int Rows = 5, bool PageHeading = false)
    : FormField(Key, Label, Hint);
