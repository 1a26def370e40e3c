namespace TextInsight.Structure.Training;

/// <summary>Where <see cref="PageRenderer"/>'s article region of a page stands, for another renderer to render it.</summary>
/// <param name="Region">The element that holds every block of the true main text, or null for the whole body (no block is main text).</param>
/// <param name="Headline">The headline's element when the page shows it outside the region (the region's rendering starts with it), else null.</param>
/// <param name="Headlines">The page's headline candidates (metadata title and first <c>&lt;h1&gt;</c>).</param>
internal sealed record RegionLocation(ElementPath? Region, ElementPath? Headline, IReadOnlyList<string> Headlines);
