using System.Collections.Frozen;

namespace TextInsight;

/// <summary>
/// Tells HTML from plain text by the content alone: a page (<c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>), or a fragment
/// of one as CMS exports, RSS <c>content:encoded</c> and news data sets hold article bodies (<c>&lt;p&gt;…&lt;/p&gt;</c>
/// without a page around it). A text that only mentions a tag (<c>the &lt;b&gt; element</c>, <c>a &lt; b</c>) stays plain text.
/// </summary>
/// <remarks>
/// A fragment is told by its markup: the HTML elements it holds (names of the HTML standard, not of any site), at least
/// one of them block-level (<c>p</c>, <c>div</c>, <c>br</c>, <c>li</c>, <c>h1</c>–<c>h6</c>…) and closed or repeated,
/// and either most of its non-blank lines opening with an element or at least 2% of its characters inside tags and
/// character references; or it holds an HTML element and at least half of it is markup (tags, comments, script and
/// style content: a page body that opens with scripts). Only the first 64 K characters are read. The figures that chose this (no plain text of the
/// BBC, CoNLL, extraction truths or corpus read as HTML; every fragment cut out of the extraction pages read as HTML)
/// are in <c>src/TextInsight/Models/README.md</c>.
/// </remarks>
public static class DocumentFormatDetector
{
    /// <summary>How much of a text is read to decide.</summary>
    internal const int ScanLength = 65536;

    private const int MaxTagLength = 2000;

    /// <summary>The HTML standard's element names, with whether each is block-level (ends a paragraph when rendered).</summary>
    private static readonly FrozenDictionary<string, bool> Elements = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = false, ["abbr"] = false, ["b"] = false, ["bdi"] = false, ["bdo"] = false, ["cite"] = false, ["code"] = false,
        ["data"] = false, ["dfn"] = false, ["em"] = false, ["font"] = false, ["i"] = false, ["img"] = false, ["ins"] = false,
        ["del"] = false, ["kbd"] = false, ["mark"] = false, ["q"] = false, ["s"] = false, ["samp"] = false, ["small"] = false,
        ["span"] = false, ["strong"] = false, ["sub"] = false, ["sup"] = false, ["time"] = false, ["u"] = false,
        ["var"] = false, ["wbr"] = false, ["picture"] = false, ["source"] = false, ["iframe"] = false, ["video"] = false,
        ["audio"] = false, ["script"] = false, ["style"] = false, ["noscript"] = false, ["svg"] = false, ["label"] = false,
        ["button"] = false, ["input"] = false, ["meta"] = false, ["link"] = false,
        ["address"] = true, ["article"] = true, ["aside"] = true, ["blockquote"] = true, ["body"] = true, ["br"] = true,
        ["caption"] = true, ["center"] = true, ["dd"] = true, ["details"] = true, ["div"] = true, ["dl"] = true,
        ["dt"] = true, ["figcaption"] = true, ["figure"] = true, ["footer"] = true, ["form"] = true, ["h1"] = true,
        ["h2"] = true, ["h3"] = true, ["h4"] = true, ["h5"] = true, ["h6"] = true, ["head"] = true, ["header"] = true,
        ["hr"] = true, ["html"] = true, ["li"] = true, ["main"] = true, ["nav"] = true, ["ol"] = true, ["p"] = true,
        ["pre"] = true, ["section"] = true, ["summary"] = true, ["table"] = true, ["tbody"] = true, ["td"] = true,
        ["tfoot"] = true, ["th"] = true, ["thead"] = true, ["title"] = true, ["tr"] = true, ["ul"] = true,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> ElementLookup =
        Elements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="content"/> is HTML (a page or a fragment) or plain text.</summary>
    /// <param name="content">The document as decoded.</param>
    /// <returns><see cref="DocumentFormat.Html"/> or <see cref="DocumentFormat.PlainText"/>, never <see cref="DocumentFormat.Auto"/>.</returns>
    public static DocumentFormat Detect(ReadOnlySpan<char> content) =>
        StartsLikePage(content) || IsFragment(content) ? DocumentFormat.Html : DocumentFormat.PlainText;

    /// <summary>Whether text starts like an HTML page (<c>&lt;!DOCTYPE html</c> or <c>&lt;html</c> near the start).</summary>
    /// <param name="content">The document as decoded.</param>
    public static bool StartsLikePage(ReadOnlySpan<char> content)
    {
        var head = content[..Math.Min(content.Length, 1024)].TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether <paramref name="content"/> is an HTML fragment by its markup (see the remarks of the type).</summary>
    /// <param name="content">The document as decoded.</param>
    public static bool IsFragment(ReadOnlySpan<char> content)
    {
        var m = Measure(content);
        if (m.Elements >= 1 && m.MarkupChars * 2 >= m.Length)
        {
            // Mostly markup: a body that opens with scripts, styles or an SVG sprite before its first paragraph.
            return true;
        }

        return m.Elements >= 2
            && m.BlockElements >= 1
            && (m.ClosingTags >= 1 || m.BlockElements >= 2)
            && (m.Lines > 0 && m.LinesOpeningWithElement * 2 >= m.Lines || m.MarkupChars * 50 >= m.Length);
    }

    /// <summary>Counts of the markup in the first <see cref="ScanLength"/> characters of <paramref name="content"/>.</summary>
    internal static Markup Measure(ReadOnlySpan<char> content)
    {
        var text = content[..Math.Min(content.Length, ScanLength)];
        var m = new Markup { Length = text.Length };
        bool lineStart = true;
        bool lineHasText = false;
        int i = 0;
        while (i < text.Length)
        {
            int next = text[i..].IndexOfAny('<', '&', '\n');
            if (next < 0)
            {
                if (!text[i..].IsWhiteSpace())
                {
                    lineHasText = true;
                    lineStart = false;
                }

                break;
            }

            if (next > 0 && !text.Slice(i, next).IsWhiteSpace())
            {
                lineHasText = true;
                lineStart = false;
            }

            i += next;
            char c = text[i];
            if (c == '\n')
            {
                if (lineHasText)
                {
                    m.Lines++;
                }

                lineStart = true;
                lineHasText = false;
                i++;
                continue;
            }

            bool atLineStart = lineStart;
            lineHasText = true;
            lineStart = false;
            bool known = false;
            int length = c == '<' ? TagLength(text[i..], ref m, out known) : EntityLength(text[i..]);
            if (known)
            {
                // The content of a script or style element, and a comment, is markup too: not text a reader sees.
                length += RawTextLength(text[i..], length);
            }
            else if (c == '<' && text[i..].StartsWith("<!--", StringComparison.Ordinal))
            {
                int close = text[(i + 4)..].IndexOf("-->", StringComparison.Ordinal);
                length = close < 0 ? text.Length - i : close + 7;
            }
            if (length <= 0)
            {
                i++;
                continue;
            }

            m.MarkupChars += length;
            if (known && atLineStart)
            {
                m.LinesOpeningWithElement++;
            }

            i += length;
        }

        if (lineHasText)
        {
            m.Lines++;
        }

        return m;
    }

    /// <summary>
    /// The length of the tag at the start of <paramref name="s"/>, or 0 when there is none; <paramref name="known"/> says
    /// whether it is an HTML element's, which alone are counted in <paramref name="m"/>.
    /// </summary>
    private static int TagLength(ReadOnlySpan<char> s, ref Markup m, out bool known)
    {
        known = false;
        int j = 1;
        bool closing = j < s.Length && s[j] == '/';
        if (closing)
        {
            j++;
        }

        int nameStart = j;
        while (j < s.Length && j - nameStart <= 10 && char.IsAsciiLetterOrDigit(s[j]))
        {
            j++;
        }

        if (j == nameStart || !char.IsAsciiLetter(s[nameStart]) || j >= s.Length)
        {
            return 0;
        }

        known = ElementLookup.TryGetValue(s[nameStart..j], out bool block);

        char after = s[j];
        if (after != '>' && after != '/' && !char.IsWhiteSpace(after))
        {
            return 0;
        }

        var rest = s[j..Math.Min(s.Length, MaxTagLength)];
        int end = rest.IndexOfAny('>', '<');
        if (end < 0 || rest[end] == '<' || (closing && !rest[..end].IsWhiteSpace()))
        {
            return 0;
        }

        if (!known)
        {
            // A tag of another vocabulary (SVG's path, a custom element) is markup, but no evidence of HTML by itself.
            return j + end + 1;
        }

        m.Elements++;
        if (block)
        {
            m.BlockElements++;
        }

        if (closing)
        {
            m.ClosingTags++;
        }

        return j + end + 1;
    }

    /// <summary>
    /// After the opening tag of a raw-text element (<c>script</c>, <c>style</c>), of <paramref name="tagLength"/>
    /// characters at the start of <paramref name="s"/>, the length of its content up to and with its closing tag; else 0.
    /// </summary>
    private static int RawTextLength(ReadOnlySpan<char> s, int tagLength)
    {
        string? name = s.Length > 7 && s[1..7].Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script"
            : s.Length > 6 && s[1..6].Equals("style", StringComparison.OrdinalIgnoreCase) ? "</style"
            : null;
        if (name is null || !(char.IsWhiteSpace(s[name.Length - 1]) || s[name.Length - 1] == '>'))
        {
            return 0;
        }

        var rest = s[tagLength..];
        int close = rest.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return rest.Length;
        }

        int end = rest[close..].IndexOf('>');
        return end < 0 ? rest.Length : close + end + 1;
    }

    /// <summary>The length of a character reference (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>) at the start of <paramref name="s"/>, or 0.</summary>
    private static int EntityLength(ReadOnlySpan<char> s)
    {
        int j = 1;
        if (j < s.Length && s[j] == '#')
        {
            j++;
            bool hex = j < s.Length && (s[j] == 'x' || s[j] == 'X');
            if (hex)
            {
                j++;
            }

            int digits = j;
            while (j < s.Length && j - digits < 8 && (hex ? char.IsAsciiHexDigit(s[j]) : char.IsAsciiDigit(s[j])))
            {
                j++;
            }

            return j > digits && j < s.Length && s[j] == ';' ? j + 1 : 0;
        }

        int start = j;
        while (j < s.Length && j - start < 10 && char.IsAsciiLetterOrDigit(s[j]))
        {
            j++;
        }

        return j > start && char.IsAsciiLetter(s[start]) && j < s.Length && s[j] == ';' ? j + 1 : 0;
    }

    /// <summary>Counts of markup in a text.</summary>
    internal struct Markup
    {
        /// <summary>Characters read.</summary>
        public int Length;

        /// <summary>Tags of HTML elements (opening or closing).</summary>
        public int Elements;

        /// <summary>Those of block-level elements.</summary>
        public int BlockElements;

        /// <summary>Closing tags.</summary>
        public int ClosingTags;

        /// <summary>Characters inside tags and character references.</summary>
        public int MarkupChars;

        /// <summary>Non-blank lines.</summary>
        public int Lines;

        /// <summary>Non-blank lines whose first non-blank character opens an element's tag.</summary>
        public int LinesOpeningWithElement;
    }
}
