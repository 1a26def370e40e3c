using System.Buffers;
using AngleSharp.Dom;

namespace TextInsight.Structure.Html;

/// <summary>
/// What an element's tag, role, class and id say about it, in the Readability tradition: words such as article,
/// content or story point to the main text; comment, sidebar, share, related, promo or ad point away from it.
/// </summary>
internal static class HtmlHints
{
    // Matched as substrings of the lower-cased class and id: long enough not to hit ordinary words by chance.
    private static readonly SearchValues<string> NegativePartValues = SearchValues.Create(NegativeParts(), StringComparison.Ordinal);

    private static readonly SearchValues<string> PositivePartValues = SearchValues.Create(PositiveParts(), StringComparison.Ordinal);

    private static string[] NegativeParts() =>
    [
        "comment", "sidebar", "footer", "related", "share", "sharing", "sponsor", "promo", "advert", "banner",
        "breadcrumb", "cookie", "consent", "gdpr", "newsletter", "subscri", "signup", "sign-up", "popup", "modal",
        "outbrain", "taboola", "recommend", "trending", "popular", "widget", "masthead", "pagination", "pager",
        "toolbar", "disqus", "shoutbox", "skyscraper", "navbar", "navigation", "menu", "more-stories", "morestories",
        "read-more", "readmore", "also-read", "tags", "taglist", "tag-list", "author-bio", "authorbio", "byline",
        "dateline", "timestamp", "published", "caption", "credit", "hidden", "print", "login", "teaser", "offer",
        "paywall", "donate", "follow", "rating", "ticker", "partner", "nocontent", "dialog",
        "overlay", "topics", "keywords", "gallery", "slideshow", "carousel",
    ];

    // Matched as whole words of the class and id (split at anything not a letter or digit).
    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "nav", "tag", "meta", "aside", "side", "rail", "extra", "more", "date", "time", "author",
        "header", "masthead", "hide", "sr", "screen", "icon", "logo", "links", "head",
    };

    private static string[] PositiveParts() =>
    [
        "article", "content", "entry", "story", "post-body", "postbody", "post-content", "main", "body", "text",
        "blog", "prose", "richtext", "rich-text",
    ];

    private static readonly HashSet<string> PositiveWords = new(StringComparer.Ordinal)
    {
        "post", "hentry", "copy", "page",
    };

    private static readonly HashSet<string> BoilerplateTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "header", "form", "menu", "dialog", "figure",
    };

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search", "alert",
    };

    /// <summary>The hint of an element's class, id and role: +25 per content hint, -25 per boilerplate hint.</summary>
    public static int Weight(IElement element)
    {
        if (element.Attributes.Length == 0)
        {
            return 0;
        }

        int weight = 0;
        string? role = element.GetAttribute("role");
        if (role is not null)
        {
            if (BoilerplateRoles.Contains(role))
            {
                weight -= 25;
            }
            else if (role.Equals("main", StringComparison.OrdinalIgnoreCase) || role.Equals("article", StringComparison.OrdinalIgnoreCase))
            {
                weight += 25;
            }
        }

        string? itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 50;
        }

        weight += Weight(element.GetAttribute("class"));
        weight += Weight(element.GetAttribute("id"));
        return weight;
    }

    // Whole words of the class and id that name a page's side column besides "sidebar" ("left-side" and "right-side"
    // name the main column as often as the other).
    private static readonly HashSet<string> SideColumnWords = new(StringComparer.Ordinal) { "rail", "aside" };

    /// <summary>
    /// Whether a furniture element is a side column: an <c>&lt;aside&gt;</c>, a complementary region, or a class or id
    /// that says sidebar or rail ("sidebar-wrapper", "right-rail"). Call only for elements already read as
    /// furniture (negative weight or a boilerplate tag): "content-sidebar-wrap", which also says content, is not one.
    /// </summary>
    public static bool IsSideColumn(IElement element)
    {
        if (element.LocalName == "aside")
        {
            return true;
        }

        if (element.Attributes.Length == 0)
        {
            return false;
        }

        string? role = element.GetAttribute("role");
        if (role is not null && role.Equals("complementary", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IsSideColumnName(element.GetAttribute("class")) || IsSideColumnName(element.GetAttribute("id"));
    }

    private static bool IsSideColumnName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        string lower = value.ToLowerInvariant();
        return lower.Contains("sidebar", StringComparison.Ordinal) || HasWord(lower, SideColumnWords);
    }

    /// <summary>Whether an element's class or id names a comment thread (comment, respond, reply, discussion).</summary>
    public static bool IsCommentHint(IElement element)
    {
        if (element.Attributes.Length == 0)
        {
            return false;
        }

        return IsCommentWord(element.GetAttribute("class")) || IsCommentWord(element.GetAttribute("id"));
    }

    private static bool IsCommentWord(string? value) =>
        value is not null && (value.Contains("comment", StringComparison.OrdinalIgnoreCase) || value.Contains("respond", StringComparison.OrdinalIgnoreCase)
            || value.Contains("repl", StringComparison.OrdinalIgnoreCase) || value.Contains("discussion", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether an element's tag or role marks it as page furniture (navigation, header, footer, aside, form).</summary>
    public static bool IsBoilerplateTag(IElement element)
    {
        if (BoilerplateTags.Contains(element.LocalName))
        {
            return true;
        }

        string? role = element.GetAttribute("role");
        return role is not null && BoilerplateRoles.Contains(role);
    }

    /// <summary>The hint of one class or id attribute.</summary>
    internal static int Weight(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        string lower = value.ToLowerInvariant();
        bool negative = lower.AsSpan().IndexOfAny(NegativePartValues) >= 0 || HasWord(lower, NegativeWords);
        bool positive = lower.AsSpan().IndexOfAny(PositivePartValues) >= 0 || HasWord(lower, PositiveWords);
        return (positive ? 25 : 0) - (negative ? 25 : 0);
    }

    private static bool HasWord(string value, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        int start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            bool letter = i < value.Length && char.IsAsciiLetterOrDigit(value[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (lookup.Contains(value.AsSpan(start, i - start)))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }
}
