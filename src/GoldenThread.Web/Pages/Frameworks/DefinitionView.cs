using GoldenThread.Frameworks;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>What <c>_FrameworkDefinition</c> shows: a version's definition, and where its adapting pages are when the reader may adapt it.</summary>
public sealed record DefinitionView(FrameworkDefinition Definition, string? AdaptHref);
