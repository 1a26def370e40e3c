using TextInsight.Entities.Numeric;
using TextInsight.Structure;
using TextInsight.Text;

namespace TextInsight.Entities;

/// <summary>
/// Finds entity mentions in every zone of an article (names from <see cref="NamedEntityTagger"/>; money,
/// percentages and dates from rules) and links them into entities. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Segments: the title, each heading, the body sentences and the sentences of each boilerplate block, tagged in one
/// call. Where a name and a money, percent or date mention overlap, the numeric mention wins. Possessives are stripped
/// from names (<c>Anthropic’s</c> → <c>Anthropic</c>); pronouns and generic words a tagger may mark (<c>AI</c>,
/// <c>IT</c>) and names fused into hyphenated compounds (<c>Kubernetes-driven</c>) are dropped. A mention's zone is the zone its first character lies in
/// (<see cref="ArticleStructure.ZoneAt"/>); text outside every zone counts as boilerplate.</para>
/// <para>A bare <c>$</c> or "dollars" is the US dollar unless the document uses exactly one other prefixed dollar
/// (<c>C$</c>, <c>A$</c>, <c>HK$</c>…) and never <c>US$</c>, or its first paragraph opens with a dateline city of another
/// dollar country (<c>TORONTO (Reuters) -</c>). Relative dates resolve against <see cref="ArticleStructure.Published"/>
/// and have no ISO form when it is unknown.</para>
/// </remarks>
public sealed class EntityRecognizer
{
    private readonly NamedEntityTagger _tagger;
    private readonly EntityLinker _linker;

    /// <summary>Creates a recognizer with the built-in name tagger.</summary>
    public EntityRecognizer()
        : this(NamedEntityTagger.Default)
    {
    }

    /// <summary>Creates a recognizer with the given name tagger (for example one loaded from a user's model).</summary>
    /// <param name="tagger">Finds people, organizations, locations and other names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> is null.</exception>
    public EntityRecognizer(NamedEntityTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = tagger;
        _linker = EntityLinker.Default;
    }

    /// <summary>The recognizer with the built-in models.</summary>
    public static EntityRecognizer Default { get; } = new();

    /// <summary>Recognizes and links the entities of an article.</summary>
    /// <param name="structure">The article's structure (zones).</param>
    /// <param name="bodySentences">The sentences of the body paragraphs, in order.</param>
    public EntityAnalysis Recognize(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(bodySentences);
        string text = structure.Text;
        var segments = BuildSegments(structure, bodySentences);
        if (segments.Count == 0)
        {
            return EntityAnalysis.Empty;
        }

        return Recognize(structure, segments, _tagger.Tag(text, segments));
    }

    /// <summary>The rest of <see cref="Recognize(ArticleStructure, IReadOnlyList{TextSpan})"/>, given the tagger's names.</summary>
    internal EntityAnalysis Recognize(ArticleStructure structure, List<TextSpan> segments, IReadOnlyList<NamedEntitySpan> names)
    {
        string text = structure.Text;
        TextSpan? firstParagraph = structure.Sections.FirstOrDefault(s => s.Paragraphs.Count > 0)?.Paragraphs[0];
        var context = new NumericContext(CurrencyTable.DetectDollar(text, firstParagraph), structure.Published);
        var numeric = new List<NumericMention>();
        var atoms = new List<NumberAtom>();
        foreach (var segment in segments)
        {
            NumericRecognizer.Recognize(text, segment, context, atoms, numeric);
        }

        var mentions = new List<EntityMention>(names.Count + numeric.Count);
        foreach (var n in numeric)
        {
            mentions.Add(new EntityMention
            {
                Type = n.Type, Span = n.Span, Text = text.Substring(n.Start, n.End - n.Start), Zone = ZoneOf(structure, n.Start),
                Value = n.NormalizedValue, Currency = n.Currency, Iso = n.Iso, Confidence = n.Confidence,
            });
        }

        int numericCount = mentions.Count;
        TextSpan lastName = default;
        foreach (var name in names)
        {
            var span = StripPossessive(text, name.Span);
            if (span.Length == 0 || span.Start < lastName.End || OverlapsNumeric(mentions, numericCount, span)
                || NameForms.IsNotAName(text.Substring(span.Start, span.Length)) || IsCompound(text, span))
            {
                continue;
            }

            lastName = span;
            mentions.Add(new EntityMention
            {
                Type = name.Type, Span = span, Text = span.GetText(text), Zone = ZoneOf(structure, span.Start), Confidence = name.Confidence,
            });
        }

        return _linker.Link(structure, mentions);
    }

    private static Zone ZoneOf(ArticleStructure structure, int position) => structure.ZoneAt(position) ?? Zone.Boilerplate;

    private static bool OverlapsNumeric(List<EntityMention> mentions, int numericCount, TextSpan span)
    {
        for (int i = 0; i < numericCount; i++)
        {
            var s = mentions[i].Span;
            if (s.Start < span.End && span.Start < s.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name fused into a hyphenated compound (<c>Kubernetes-driven</c>, <c>Apache-hosted</c>) is no mention: the entity
    /// is not the whole word. Names joined by hyphens stay (<c>Rolls-Royce</c>, <c>Coca-Cola</c>).
    /// </summary>
    internal static bool IsCompound(string text, TextSpan span)
    {
        var s = span.Slice(text);
        int hyphen = s.LastIndexOfAny('-', '‐');
        return hyphen > 0 && hyphen + 1 < s.Length && char.IsLower(s[hyphen + 1]);
    }

    /// <summary><c>Anthropic’s</c> → <c>Anthropic</c>; <c>Reuters'</c> → <c>Reuters</c>.</summary>
    internal static TextSpan StripPossessive(string text, TextSpan span)
    {
        var s = span.Slice(text);
        if (s.Length > 2 && s[^1] is 's' or 'S' && s[^2] is '\'' or '’')
        {
            return new TextSpan(span.Start, span.Length - 2);
        }

        if (s.Length > 1 && s[^1] is '\'' or '’' && s[^2] is 's' or 'S')
        {
            return new TextSpan(span.Start, span.Length - 1);
        }

        return span;
    }

    /// <summary>Title, headings, body sentences and boilerplate sentences, ordered and not overlapping.</summary>
    internal static List<TextSpan> BuildSegments(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences)
    {
        var segments = new List<TextSpan>(bodySentences.Count + 8);
        if (structure.Title is { Length: > 0 } title)
        {
            segments.Add(title);
        }

        foreach (var section in structure.Sections)
        {
            if (section.Heading is { Length: > 0 } heading)
            {
                segments.Add(heading);
            }
        }

        foreach (var s in bodySentences)
        {
            if (s.Length > 0)
            {
                segments.Add(s);
            }
        }

        foreach (var block in structure.Boilerplate)
        {
            SentenceSplitter.Default.Split(block.Span.Slice(structure.Text), block.Span.Start, segments);
        }

        segments.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var ordered = new List<TextSpan>(segments.Count);
        int end = 0;
        foreach (var s in segments)
        {
            if (s.Start >= end && s.End <= structure.Text.Length)
            {
                ordered.Add(s);
                end = s.End;
            }
        }

        return ordered;
    }
}
