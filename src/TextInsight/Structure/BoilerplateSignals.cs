using System.Buffers;
using System.Runtime.CompilerServices;
using TextInsight.Internals;

namespace TextInsight.Structure;

/// <summary>
/// Strong evidence, in a unit's own text, that it is boilerplate: the form of a counter, a breadcrumb trail,
/// a line of <c>|</c>-separated items, a copyright or contact line, a cookie or consent notice, or a short
/// line that is wholly a navigation phrase. Where the unit sits in the document is decided by the parser;
/// these signals are one feature among several there.
/// </summary>
internal static class BoilerplateSignals
{
    /// <summary>Units longer than this are never navigation or counters, whatever words they use.</summary>
    private const int MaxNavigationWords = 8;

    /// <summary>Longest contact or site-link line of a footer.</summary>
    private const int MaxFooterLinkWords = 12;

    /// <summary>Longest <c>Read more: headline</c> line.</summary>
    private const int MaxLabelledLinkWords = 24;

    private static readonly string[] CounterNouns =
    [
        "comment", "comments", "share", "shares", "like", "likes", "view", "views", "reply", "replies",
        "response", "responses", "reaction", "reactions", "vote", "votes", "point", "points", "tweet", "tweets",
        "retweets", "claps", "reads", "pins", "upvotes",
    ];

    // Whole-line navigation phrases, compared after lower-casing and reducing punctuation to spaces.
    private static readonly PhraseSet NavigationLines = new(
    [
        "previous", "next", "previous article", "next article", "previous post", "next post", "previous story",
        "next story", "prev", "older post", "newer post", "read more", "read next", "continue reading", "share",
        "share this", "share this article", "share this story", "share this post", "share this page", "share article",
        "tweet", "email", "print", "copy link", "subscribe", "subscribe now", "sign up", "sign in", "log in", "login",
        "register", "newsletter", "follow us", "back to top", "skip to content", "skip to main content", "home",
        "menu", "search", "related", "related articles", "related stories", "related posts", "related content",
        "related news", "more stories", "more news", "you may also like", "you might also like", "recommended",
        "recommended for you", "most read", "most popular", "trending", "trending now", "advertisement", "sponsored",
        "tags", "topics", "comments", "leave a comment", "leave a reply", "post a comment", "more on this story",
        "top stories", "latest news", "latest", "see also", "also read", "read also", "facebook", "twitter", "x",
        "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "instagram", "youtube", "rss",
    ]);

    // Navigation phrases that may open a short line (Read more: …, Share on Facebook, More from Tech).
    private static readonly PhraseSet NavigationPrefixes = new(
    [
        "read more", "read next", "subscribe to", "sign up for", "sign up to", "follow us", "share on", "share via",
        "more from", "more in", "more on", "more about", "related", "tags", "topics", "filed under", "also read",
        "read also", "see also", "back to", "go to", "click here", "view all", "see all", "show more", "load more",
    ]);

    private static readonly PhraseSet RelatedLabels = new(
    [
        "related", "see also", "also read", "read also", "also see", "more on this story",
    ]);

    private static readonly PhraseSet FooterLines = new(
    [
        "contact", "contact us", "about", "about us", "privacy", "privacy policy", "terms", "terms of use",
        "terms of service", "terms and conditions", "terms & conditions", "imprint", "impressum", "advertise",
        "advertise with us", "careers", "accessibility", "sitemap", "site map", "disclaimer", "cookie policy",
    ]);

    private static readonly PhraseSet FooterPrefixes = new(
    [
        "contact us", "contact", "email us", "write to us", "tel", "phone", "call us", "privacy policy",
        "terms of use", "terms of service", "about us", "editorial contact", "media contact", "press contact",
    ]);

    private static readonly PhraseSet ConsentButtons = new(
    [
        "accept", "accept all", "accept cookies", "accept all cookies", "reject", "reject all", "decline", "i agree",
        "agree", "i accept", "got it", "allow all", "allow cookies", "manage preferences", "manage cookies",
        "cookie settings", "agree and close", "customize", "customise", "more options",
    ]);

    private static readonly string[] NoticeCues =
    [
        "we use", "this site", "this website", "our site", "our website", "accept", "consent", "agree", "continuing",
        "browsing", "experience", "preferences", "settings", "policy", "partners",
    ];

    // Any of these in a longer unit calls for a closer look at notice and footer forms; one vectorized pass finds them.
    private static readonly SearchValues<string> NoticeOrFooterCues = SearchValues.Create(
        ["cookie", "consent", "privacy", "by continuing to use", "by using this site", "all rights reserved", "copyright"],
        StringComparison.OrdinalIgnoreCase);

    // The characters of a line that Normalize copies as it is, but lower-cased: ASCII letters, digits, &, ' and the space.
    private static readonly SearchValues<char> PlainLineChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&' ");

    // Kept out of the string search above, where symbols would force its slow path.
    private static readonly SearchValues<char> FooterSymbols = SearchValues.Create("©@(");

    private static readonly string[] DataCues =
    [
        "your data", "our partners", "your device", "personal data", "personalised ads", "personalized ads",
        "store and access", "store and/or access",
    ];

    /// <summary>The kind of boilerplate <paramref name="unit"/> is by its own text, or null when its text alone does not tell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BoilerplateKind? Detect(string text, in TextUnit unit)
    {
        var s = text.AsSpan(unit.Start, unit.Length);
        if (unit.IsNumber)
        {
            return TextUnitReader.IsPlainCount(s) ? BoilerplateKind.Counter : null;
        }

        // One vectorized pass decides whether the notice and footer forms need a closer look.
        if (unit.Words <= 60 && !unit.IsListItem && (s.IndexOfAny(NoticeOrFooterCues) >= 0 || HasFooterSymbol(s)))
        {
            if (IsNotice(s, unit))
            {
                return BoilerplateKind.Notice;
            }

            if (IsFooter(s, unit))
            {
                return BoilerplateKind.Footer;
            }
        }

        // The normalized text is written only for the tests that read it: a unit that a later form settles, or that is
        // too long for the phrase tests, is not normalized.
        Span<char> buffer = stackalloc char[Math.Min(s.Length, 256)];
        scoped ReadOnlySpan<char> n = default;
        bool normalized = false;
        if (unit.Words <= MaxFooterLinkWords && !unit.EndsSentence)
        {
            n = Normalize(s, buffer);
            normalized = true;
            if (StartsWithAny(n, FooterPrefixes))
            {
                return BoilerplateKind.Footer;
            }
        }

        if (unit.Markup == HeadingMarkup.None && unit.CrumbSeparators > 0 && unit.Words <= 12 && !unit.EndsClause)
        {
            return BoilerplateKind.Navigation;
        }

        if (unit.Pipes > 0 && unit.Words <= 30 && !unit.EndsSentence)
        {
            return PipedItemsAreNavigation(s) ? BoilerplateKind.Navigation : BoilerplateKind.Related;
        }

        if (unit.Words <= MaxLabelledLinkWords && !unit.EndsClause && LabelledLink(s) is { } linkKind)
        {
            return linkKind;
        }

        if (unit.Words > MaxNavigationWords || unit.EndsSentence && !unit.EndsQuestion && unit.Words > 3)
        {
            return null;
        }

        if (!normalized)
        {
            n = Normalize(s, buffer);
        }

        if (IsCounter(n, unit.Words))
        {
            return BoilerplateKind.Counter;
        }

        if (Has(ConsentButtons, n))
        {
            return BoilerplateKind.Notice;
        }

        if (Has(FooterLines, n))
        {
            return BoilerplateKind.Footer;
        }

        if (Has(NavigationLines, n) || StartsWithAny(n, NavigationPrefixes))
        {
            return BoilerplateKind.Navigation;
        }

        return null;
    }

    /// <summary>Whether <paramref name="s"/> holds <c>©</c>, <c>@</c>, <c>(c)</c> or <c>(C)</c>, in one search for the three characters they start with.</summary>
    internal static bool HasFooterSymbol(ReadOnlySpan<char> s)
    {
        for (int i = s.IndexOfAny(FooterSymbols); i >= 0; i = s.IndexOfAny(FooterSymbols))
        {
            if (s[i] != '(' || (i + 2 < s.Length && s[i + 1] is 'c' or 'C' && s[i + 2] == ')'))
            {
                return true;
            }

            s = s[(i + 1)..];
        }

        return false;
    }

    /// <summary>
    /// A link with a label before a colon: a story headline after <c>Related:</c> or <c>See also:</c> is a related link;
    /// after another navigation label (<c>Read more:</c>) it is navigation.
    /// </summary>
    private static BoilerplateKind? LabelledLink(ReadOnlySpan<char> s)
    {
        int colon = s.IndexOf(':');
        if (colon <= 0 || colon > 24)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[24];
        var label = Normalize(s[..colon], buffer);
        if (StartsWithAny(label, RelatedLabels))
        {
            return BoilerplateKind.Related;
        }

        return Has(NavigationLines, label) || StartsWithAny(label, NavigationPrefixes) ? BoilerplateKind.Navigation : null;
    }

    private static bool IsNotice(ReadOnlySpan<char> s, in TextUnit unit)
    {
        if (s.Contains("cookie", StringComparison.OrdinalIgnoreCase))
        {
            return unit.Words <= 4 || ContainsAny(s, NoticeCues);
        }

        if (s.Contains("by continuing to use", StringComparison.OrdinalIgnoreCase)
            || s.Contains("by using this site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Without the word cookie, a notice speaks of consent or privacy and of the reader's data or device.
        bool consent = s.Contains("consent", StringComparison.OrdinalIgnoreCase) || s.Contains("privacy", StringComparison.OrdinalIgnoreCase);
        return consent && ContainsAny(s, DataCues);
    }

    private static bool IsFooter(ReadOnlySpan<char> s, in TextUnit unit)
    {
        if (s.Contains('©') || s.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (unit.Words <= 25 && (s.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) || s.Contains("(c) ", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return unit.Words <= MaxFooterLinkWords && ContainsEmailAddress(s);
    }

    private static bool IsCounter(ReadOnlySpan<char> n, int words)
    {
        if (words > 3)
        {
            return false;
        }

        int space = n.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        var first = n[..space];
        var rest = n[(space + 1)..];
        if (rest.Contains(' '))
        {
            return first.SequenceEqual("no") && rest.SequenceEqual("comments yet");
        }

        if (TextUnitReader.IsLoneNumber(first))
        {
            return IsCounterNoun(rest);
        }

        if (TextUnitReader.IsLoneNumber(rest))
        {
            return IsCounterNoun(first);
        }

        return first.SequenceEqual("no") && rest.SequenceEqual("comments");
    }

    private static bool IsCounterNoun(ReadOnlySpan<char> word)
    {
        foreach (var noun in CounterNouns)
        {
            if (word.SequenceEqual(noun))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PipedItemsAreNavigation(ReadOnlySpan<char> s)
    {
        int items = 0;
        int navigation = 0;
        Span<char> buffer = stackalloc char[128];
        foreach (var range in s.SplitAny('|', '¦'))
        {
            var item = s[range].Trim();
            if (item.IsEmpty)
            {
                continue;
            }

            items++;
            if (item.Length > buffer.Length)
            {
                continue;
            }

            var key = Normalize(item, buffer);
            if (Has(NavigationLines, key) || Has(FooterLines, key))
            {
                navigation++;
            }
        }

        return items > 0 && navigation * 2 > items;
    }

    private static bool Has(PhraseSet set, ReadOnlySpan<char> key) => set.Contains(key);

    private static bool ContainsEmailAddress(ReadOnlySpan<char> s)
    {
        int at = s.IndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var after = s[(at + 1)..];
        int end = after.IndexOfAny(' ', '\t', ',');
        var domain = end < 0 ? after : after[..end];
        int dot = domain.IndexOf('.');
        return dot > 0 && dot < domain.Length - 2 && !char.IsWhiteSpace(s[at - 1]);
    }

    private static bool ContainsAny(ReadOnlySpan<char> s, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (s.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the first one to four words of normalized <paramref name="n"/> are one of <paramref name="phrases"/>.</summary>
    /// <remarks>
    /// Every prefix looked up starts with the first character, so when no phrase does, nothing is looked up; the spaces
    /// are found by reading the characters (a normalized line is short) rather than by a search per word.
    /// </remarks>
    internal static bool StartsWithAny(ReadOnlySpan<char> n, PhraseSet phrases)
    {
        if (!n.IsEmpty && n[0] != ' ' && !phrases.MayStartWith(n[0]))
        {
            return false;
        }

        int end = -1;
        for (int words = 0; words < 4; words++)
        {
            int k = end + 1;
            while (k < n.Length && n[k] != ' ')
            {
                k++;
            }

            end = k;
            if (Has(phrases, n[..end]))
            {
                return true;
            }

            if (k == n.Length)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Lower-cases <paramref name="s"/> into <paramref name="buffer"/>, with every run of characters other than
    /// letters, digits, <c>&amp;</c>, <c>.</c>, <c>,</c> and apostrophes made one space, trimmed; cut at the buffer's length.
    /// </summary>
    internal static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> s, Span<char> buffer)
    {
        // Most short lines (menus, labels, headings) hold only ASCII letters, digits, & and ' with single spaces between
        // words: the loop below would copy them lower-cased, so they are checked and copied by vectorized calls instead.
        if (s.Length <= buffer.Length && !s.IsEmpty && s[0] != ' ' && s[^1] != ' '
            && !s.ContainsAnyExcept(PlainLineChars) && !s.Contains("  ", StringComparison.Ordinal))
        {
            System.Text.Ascii.ToLower(s, buffer, out int written);
            return buffer[..written];
        }

        int n = 0;
        bool space = false;
        bool ascii = true;
        ref byte classes = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(NormalizeClasses);
        foreach (char c in s)
        {
            if (n == buffer.Length)
            {
                break;
            }

            // ASCII from the table (letters lower-cased on the way); other characters by the char methods, lower-cased
            // at the end as before.
            int cls;
            if (c < 128)
            {
                cls = Unsafe.Add(ref classes, c);
            }
            else
            {
                ascii = false;
                cls = char.IsLetterOrDigit(c) || c == '’' ? Kept : 0;
            }

            if (cls != 0 && (cls != DigitPunctuation || (n > 0 && char.IsAsciiDigit(buffer[n - 1]))))
            {
                if (space && n > 0 && n < buffer.Length)
                {
                    buffer[n++] = ' ';
                }

                space = false;
                if (n < buffer.Length)
                {
                    buffer[n++] = cls == Upper ? (char)(c | 0x20) : c;
                }
            }
            else
            {
                space = true;
            }
        }

        while (n > 0 && (buffer[n - 1] is '.' or ','))
        {
            n--;
        }

        if (!ascii)
        {
            LowerInPlace(buffer[..n]);
        }

        return buffer[..n];
    }

    // How Normalize reads an ASCII character: dropped (0), kept, an upper-case letter kept lower-cased, or . and , (kept
    // after a digit).
    private const byte Kept = 1;
    private const byte Upper = 2;
    private const byte DigitPunctuation = 3;

    private static readonly byte[] NormalizeClasses = BuildNormalizeClasses();

    private static byte[] BuildNormalizeClasses()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            char ch = (char)c;
            table[c] = ch is >= 'A' and <= 'Z' ? Upper
                : char.IsLetterOrDigit(ch) || ch is '&' or '\'' ? Kept
                : ch is '.' or ',' ? DigitPunctuation
                : (byte)0;
        }

        return table;
    }

    /// <summary>
    /// Lower-cases <paramref name="s"/> in place exactly as <see cref="char.ToLowerInvariant(char)"/> does each character
    /// (<see cref="InvariantCase"/>: ASCII directly, other characters from a table, not one call into the globalization
    /// library per character).
    /// </summary>
    private static void LowerInPlace(Span<char> s) => InvariantCase.ToLowerInPlace(s);
}
