using TextInsight.Entities.Ner;
using TextInsight.Entities.Rules;
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
/// call; <see cref="NameRules"/> then corrects the tagger's names with what the whole article shows (works and products
/// in apposition, clubs, lists, demonyms, job titles, the title and headings read against the body, the subject of a
/// title-case headline). Where a name and a money, percent or date mention overlap, the numeric mention wins. Possessives are stripped
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
    private readonly NameRules _rules;

    /// <summary>Creates a recognizer with the built-in name tagger.</summary>
    public EntityRecognizer()
        : this(NamedEntityTagger.Default)
    {
    }

    /// <summary>Creates a recognizer with the given name tagger (for example one loaded from a user's model).</summary>
    /// <param name="tagger">Finds people, organizations, locations and other names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> is null.</exception>
    public EntityRecognizer(NamedEntityTagger tagger)
        : this(tagger, NameRules.Default)
    {
    }

    /// <summary>A recognizer that applies only the name rules <paramref name="rules"/> (for the per-rule ablation).</summary>
    internal EntityRecognizer(NamedEntityTagger tagger, NameRule rules)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = tagger;
        _linker = EntityLinker.Default;
        _rules = new NameRules(tagger, rules);
    }

    /// <summary>The recognizer with the built-in models.</summary>
    public static EntityRecognizer Default { get; } = new();

    /// <summary>Recognizes and links the entities of an article.</summary>
    /// <param name="structure">The article's structure (zones).</param>
    /// <param name="bodySentences">The sentences of the body paragraphs, in order.</param>
    public EntityAnalysis Recognize(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences) => Recognize(structure, bodySentences, CancellationToken.None);

    /// <summary><see cref="Recognize(ArticleStructure, IReadOnlyList{TextSpan})"/>, checking <paramref name="cancellationToken"/> between its steps (tagging, name rules, numbers and linking).</summary>
    internal EntityAnalysis Recognize(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences, CancellationToken cancellationToken)
        => Recognize(structure, bodySentences, null, cancellationToken);

    /// <summary><see cref="Recognize(ArticleStructure, IReadOnlyList{TextSpan})"/> for an article from <paramref name="source"/>.</summary>
    /// <param name="structure">The article's structure (zones).</param>
    /// <param name="bodySentences">The sentences of the body paragraphs, in order.</param>
    /// <param name="source">Where the article came from; a URL's country domain is the last clue to an ambiguous currency (<c>$</c>, <c>kr</c>).</param>
    /// <param name="cancellationToken">Checked between the steps.</param>
    internal EntityAnalysis Recognize(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(bodySentences);
        var document = ArticleDocument.Create(structure, bodySentences, source: source);
        try
        {
            return Recognize(document, cancellationToken);
        }
        finally
        {
            document.Release();
        }
    }

    /// <summary>Recognizes and links the entities of a document, over its segments and the tokens it already holds.</summary>
    internal EntityAnalysis Recognize(ArticleDocument document, CancellationToken cancellationToken)
    {
        var structure = document.Structure;
        string text = structure.Text;
        var segments = document.Segments;
        if (segments.Count == 0)
        {
            return EntityAnalysis.Empty;
        }

        var headlines = Headlines(structure);

        var tokens = new List<Token>(document.Tokens.Length + 16);
        var names = _tagger.Tag(document, tokens);
        cancellationToken.ThrowIfCancellationRequested();
        var ruled = _rules.Apply(text, segments, headlines, names, tokens);
        cancellationToken.ThrowIfCancellationRequested();
        return Recognize(document, ruled, cancellationToken);
    }

    /// <summary>The rest of <see cref="Recognize(ArticleStructure, IReadOnlyList{TextSpan})"/>, given the tagger's names.</summary>
    internal EntityAnalysis Recognize(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences, IReadOnlyList<NamedEntitySpan> names, string? source = null,
        CancellationToken cancellationToken = default)
    {
        var document = ArticleDocument.Create(structure, bodySentences, source: source);
        try
        {
            return Recognize(document, names, cancellationToken);
        }
        finally
        {
            document.Release();
        }
    }

    private EntityAnalysis Recognize(ArticleDocument document, IReadOnlyList<NamedEntitySpan> names, CancellationToken cancellationToken)
    {
        var structure = document.Structure;
        string text = structure.Text;
        string? source = document.Source;
        TextSpan? firstParagraph = structure.FirstParagraph;
        string dollar = CurrencyTable.DetectDollar(text, firstParagraph, source);
        // Relative dates are days, weeks, months and years away from the publication date: one at the ends of the calendar
        // (a given DateOnly.MinValue) resolves nothing rather than throwing.
        DateOnly? published = structure.Published is { Year: > 1 and < 9999 } p ? p : null;
        var context = new NumericContext(dollar, published, text, CurrencyTable.FromSource(source));
        var numeric = new List<NumericMention>();
        var atoms = new List<NumberAtom>();
        var segments = document.Segments;
        for (int i = 0; i < segments.Count; i++)
        {
            NumericRecognizer.Recognize(text, segments[i], document.GetSegmentTokens(i), context, atoms, numeric);
        }

        var mentions = new List<EntityMention>(names.Count + numeric.Count);
        foreach (var n in numeric)
        {
            mentions.Add(new EntityMention
            {
                Type = n.Type, Span = n.Span, Text = text.Substring(n.Start, n.End - n.Start), Zone = ZoneOf(structure, n.Start),
                Value = n.NormalizedValue, Currency = n.Currency, Iso = n.Iso, Confidence = n.Confidence,
                CurrencyAssumed = n.CurrencyAssumed, MinorUnit = n.MinorUnit, MinorUnitValue = n.MinorValue,
            });
        }

        int numericCount = mentions.Count;
        var ruleNames = CopyrightHolders(structure).ConvertAll(s => (Span: s, Type: EntityType.Organization));
        if (firstParagraph is { } lead && Dateline.Parse(lead.Slice(text)) is { Length: > 0 } dateline)
        {
            // The dateline's place (and region) is where the story was filed, its agency an organization, the reporter
            // before it a person: "By Isaac Abrak ABUJA, Nov 1 (Reuters) -", "TEXAS CITY, Texas (AP) —".
            AddPart(dateline.Reporter, EntityType.Person);
            AddPart(dateline.Place, EntityType.Location);
            AddPart(dateline.Region, EntityType.Location);
            AddPart(dateline.Agency, EntityType.Organization);

            void AddPart(TextSpan part, EntityType type)
            {
                if (part.Length > 0)
                {
                    ruleNames.Add((new TextSpan(lead.Start + part.Start, part.Length), type));
                }
            }
        }

        foreach (var (span, type) in ruleNames)
        {
            if (OverlapsNumeric(mentions, numericCount, span))
            {
                continue;
            }

            mentions.Add(new EntityMention
            {
                Type = type, Span = span, Text = span.GetText(text), Zone = ZoneOf(structure, span.Start), Confidence = RuleConfidence,
            });
        }

        int ruleCount = mentions.Count;
        var taken = new TakenSpans(mentions, ruleCount);
        TextSpan lastName = default;
        foreach (var name in names)
        {
            var span = StripPossessive(text, name.Span);
            if (span.Length == 0 || span.Start < lastName.End || taken.Overlaps(span)
                || NameForms.IsNotAName(text.Substring(span.Start, span.Length)) || IsCompound(text, span, _tagger.Model.CaseLexicon))
            {
                continue;
            }

            lastName = span;
            mentions.Add(new EntityMention
            {
                Type = name.Type, Span = span, Text = span.GetText(text), Zone = ZoneOf(structure, span.Start), Confidence = name.Confidence,
            });
        }

        cancellationToken.ThrowIfCancellationRequested();
        return _linker.Link(structure, mentions, document);
    }

    // How often a name found by a page convention (copyright holder, dateline) is exactly right: a fixed estimate, since no data calibrate the rules.
    private const double RuleConfidence = 0.9;

    /// <summary>
    /// The holders named by copyright notices in a boilerplate block (<c>© 2024 Northern Ledger Media. All rights
    /// reserved.</c>, <c>Copyright © 2024 Westgate Press</c>): the capitalized words after the sign and the year, up to a
    /// period, comma, bar or lower-case word. On a news page that is the publisher, an organization, whatever its words
    /// look like to the tagger (<c>Media</c>, <c>Press</c>, <c>Daily</c> are common in names of people and places too).
    /// </summary>
    /// <summary>The title and the section headings: the segments the tagger may read as title-case headlines.</summary>
    internal static HashSet<TextSpan> Headlines(ArticleStructure structure)
    {
        var headlines = new HashSet<TextSpan>();
        if (structure.Title is { Length: > 0 } title)
        {
            headlines.Add(title);
        }

        foreach (var section in structure.Sections)
        {
            if (section.Heading is { Length: > 0 } heading)
            {
                headlines.Add(heading);
            }
        }

        return headlines;
    }

    internal static List<TextSpan> CopyrightHolders(ArticleStructure structure)
    {
        var holders = new List<TextSpan>();
        string text = structure.Text;
        foreach (var block in structure.Boilerplate)
        {
            int at = text.IndexOf('©', block.Span.Start, block.Span.Length);
            if (at >= 0 && HolderAfter(text, at + 1, block.Span.End) is { Length: > 0 } holder)
            {
                holders.Add(holder);
            }
        }

        return holders;
    }

    private static TextSpan HolderAfter(string text, int i, int end)
    {
        static int SkipSpaces(string text, int i, int end)
        {
            while (i < end && text[i] == ' ')
            {
                i++;
            }

            return i;
        }

        // The year or years: "2024", "2010-2024", "2010–2024,".
        i = SkipSpaces(text, i, end);
        int digits = 0;
        while (i < end && (char.IsAsciiDigit(text[i]) || (digits > 0 && text[i] is '-' or '–' or ',')))
        {
            digits++;
            i++;
        }

        i = SkipSpaces(text, i, end);
        int start = i, last = -1;
        while (i < end)
        {
            int w = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '&' or '-' or '\'' or '’'))
            {
                i++;
            }

            if (i == w)
            {
                break;
            }

            var word = text.AsSpan(w, i - w);
            if (char.IsUpper(word[0]) || (last >= 0 && char.IsAsciiDigit(word[0])))
            {
                last = i;
            }
            else if (last < 0 || !(word is "&" or "and" or "of" or "the" or "for"))
            {
                break;
            }

            if (i >= end || text[i] != ' ')
            {
                break;
            }

            i = SkipSpaces(text, i, end);
        }

        return last < 0 ? default : TextSpan.FromBounds(start, last);
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
    /// is not the whole word (nor is <c>London-based Xstrata</c> a name). Names joined by hyphens stay (<c>Rolls-Royce</c>,
    /// <c>Coca-Cola</c>), and so do names with a lower-case compound inside (<c>Palestinian self-rule Authority</c>). With
    /// <paramref name="lexicon"/>, the part after the hyphen must also be a common English word of three letters or more
    /// (<c>based</c>, <c>led</c>), so that hyphenated given names stay names (<c>Li In-mo</c>, <c>Kang Young-hoon</c>).
    /// </summary>
    internal static bool IsCompound(string text, TextSpan span, NerCaseLexicon? lexicon = null)
    {
        var s = span.Slice(text);
        int hyphen = s.LastIndexOfAny('-', '‐');
        if (hyphen <= 0 || hyphen + 1 >= s.Length || !char.IsLower(s[hyphen + 1]))
        {
            return false;
        }

        // The hyphenated word: a name fused into it opens it capitalized ("London-based"), unlike a common compound inside a
        // name ("self-rule").
        int wordStart = s[..hyphen].LastIndexOfAny(' ', '\u00A0') + 1;
        int wordEnd = s[hyphen..].IndexOfAny(' ', '\u00A0');
        var tail = s[(hyphen + 1)..(wordEnd < 0 ? s.Length : hyphen + wordEnd)];
        if (wordEnd >= 0 && !char.IsUpper(s[wordStart]))
        {
            return false;
        }

        return lexicon is null || (tail.Length >= 3 && lexicon.Contains(TokenAtoms.Compute(tail).Lower));
    }

    /// <summary>
    /// <c>Anthropic’s</c> → <c>Anthropic</c>; <c>Reuters'</c> → <c>Reuters</c>. A possessive written apart, as in text already
    /// tokenized (<c>Lord 's</c>, <c>Boatmen 's</c>), is left where the tagger put it: in such text a name holds its
    /// <c>'s</c> only where it is part of the name, as in the CoNLL-2003 data the tagger learned from.
    /// </summary>
    internal static TextSpan StripPossessive(string text, TextSpan span)
    {
        var s = span.Slice(text);
        if (s.Length > 2 && s[^1] is 's' or 'S' && s[^2] is '\'' or '’')
        {
            if (s.Length > 3 && char.IsWhiteSpace(s[^3]))
            {
                return span;
            }

            return new TextSpan(span.Start, span.Length - 2);
        }

        if (s.Length > 1 && s[^1] is '\'' or '’' && s[^2] is 's' or 'S')
        {
            return new TextSpan(span.Start, span.Length - 1);
        }

        return span;
    }
}
