namespace TextInsight.Structure;

/// <summary>What a block of boilerplate around an article is.</summary>
public enum BoilerplateKind
{
    /// <summary>A share, like or comment counter (a lone <c>0</c>, <c>12 comments</c>).</summary>
    Counter,
    /// <summary>Site navigation (<c>Previous article</c>, <c>Read more</c>, <c>Share this</c>, <c>Subscribe</c>).</summary>
    Navigation,
    /// <summary>Links to other stories (headline-like lines after the article's end).</summary>
    Related,
    /// <summary>Copyright, contact and imprint lines.</summary>
    Footer,
    /// <summary>Cookie, consent and similar notices.</summary>
    Notice,
}
