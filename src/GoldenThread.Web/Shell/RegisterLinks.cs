namespace GoldenThread.Web.Shell;

/// <summary>A link to a register row, with what matters about it in brackets after (its role, since when).</summary>
public sealed record RegisterLink(string Href, string Text, string? Detail = null);

/// <summary>What the <c>_RegisterLinks</c> partial draws: a list of links, or <see cref="None"/> when there are none.</summary>
public sealed record RegisterLinks(IReadOnlyList<RegisterLink> Links, string None);
