namespace TextInsight;

/// <summary>The part of an article a piece of text belongs to.</summary>
public enum Zone
{
    /// <summary>The article's title.</summary>
    Title,
    /// <summary>A section heading.</summary>
    Heading,
    /// <summary>A paragraph of the article's main text.</summary>
    Body,
    /// <summary>Text around the article that is not part of it: counters, navigation, related links, footers, notices.</summary>
    Boilerplate,
}
