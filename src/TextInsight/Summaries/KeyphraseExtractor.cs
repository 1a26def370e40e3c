using TextInsight.Internals;
using System.Runtime.InteropServices;
using TextInsight.Entities;
using TextInsight.Entities.Numeric;
using TextInsight.Entities.Rules;
using TextInsight.Structure;
using TextInsight.Text;

namespace TextInsight.Summaries;

/// <summary>
/// Finds the key phrases of an article, in the spirit of TextRank and YAKE: candidates are runs of up to four content
/// words (no stopword, number or punctuation inside; single words only when they are names, acronyms or compounds);
/// each word is weighted by PageRank over the graph of words that stand next to each other; a phrase scores by the mean
/// weight of its words, its frequency, its length, where it first appears, whether the title or a heading holds it,
/// and the salience of the entity it names. Variants (<c>open source</c>/<c>open-source</c>, singular/plural) are merged.
/// Scores are scaled so that the best phrase has 1. Thread-safe.
/// </summary>
public sealed class KeyphraseExtractor
{
    /// <summary>The longest candidate, in key words (also the longest phrase the term model counts).</summary>
    internal const int MaxWords = 4;

    // The word graph converges in far fewer iterations than the sentence graphs; 50 is the cap.
    private const int MaxIterations = 50;

    /// <summary>Words that never start or end a phrase: generic news filler on top of <see cref="EnglishStopwords"/>.</summary>
    private static readonly HashSet<string> Filler = WordLists.Load("keyphrase-filler", StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalForms =
        WordLists.Load("legal-forms", StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of site chrome; a phrase made only of these (and stopwords) is never a key phrase.</summary>
    private static readonly HashSet<string> BoilerplateWords = WordLists.Load("site-chrome-words", StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = Filler.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly KeyphraseWeights _weights;
    private readonly KeyphraseModel? _model;
    private readonly KeyphraseTermModel? _terms;

    /// <summary>Creates an extractor with the built-in weights and background model (loaded at the first extraction).</summary>
    public KeyphraseExtractor()
        : this(KeyphraseWeights.Default, null)
    {
    }

    /// <summary>Creates an extractor with the given weights and background models (the built-in ones when null).</summary>
    internal KeyphraseExtractor(KeyphraseWeights weights, KeyphraseModel? model, KeyphraseTermModel? terms = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights;
        _model = model;
        _terms = terms;
    }

    /// <summary>A shared instance.</summary>
    public static KeyphraseExtractor Default { get; } = new();

    private KeyphraseModel Model => _model ?? KeyphraseModel.Default;

    private KeyphraseTermModel Terms => _terms ?? KeyphraseTermModel.Default;

    /// <summary>Returns at most <paramref name="max"/> key phrases of the article, highest score first.</summary>
    /// <param name="structure">The article's structure.</param>
    /// <param name="bodySentences">The sentences of the body paragraphs.</param>
    /// <param name="entities">The article's entities; a phrase naming a salient entity scores higher.</param>
    /// <param name="max">How many phrases at most.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is negative.</exception>
    public IReadOnlyList<Keyphrase> Extract(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences, EntityAnalysis entities, int max)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(bodySentences);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var document = ArticleDocument.Create(structure, bodySentences, tokenize: false);
        try
        {
            return Extract(document, bodySentences, entities, max);
        }
        finally
        {
            document.Release();
        }
    }

    /// <summary>The key phrases of a document, from the tokens it holds and its entities (empty when no component set them).</summary>
    internal IReadOnlyList<Keyphrase> Extract(ArticleDocument document, int max) => Extract(document, document.Sentences, document.Entities, max);

    private List<Keyphrase> Extract(ArticleDocument document, IReadOnlyList<TextSpan> bodySentences, EntityAnalysis entities, int max)
    {
        if (max == 0)
        {
            return [];
        }

        var model = Model;
        var weights = _weights;
        var scratch = Scratch.Rent(model, weights.Window);
        try
        {
            return Rank(document, bodySentences, entities, max, scratch);
        }
        finally
        {
            scratch.Return();
        }
    }

    private List<Keyphrase> Rank(ArticleDocument document, IReadOnlyList<TextSpan> bodySentences, EntityAnalysis entities, int max, Scratch scratch)
    {
        var model = scratch.Model;
        var weights = _weights;
        var candidates = scratch.Candidates;
        var graph = scratch.Graph;
        var mentions = entities.Mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == EntityType.Date)
            {
                scratch.Dates.Add(mentions[i].Span);
            }
            else if (weights.AmountWords && mentions[i].Type is EntityType.Money or EntityType.Percent)
            {
                scratch.Amounts.Add(mentions[i].Span);
            }
        }

        // The dateline the story opens with ("WASHINGTON (AP) —") is where it was filed, not what it is about: its words
        // end a phrase, and a name read in it counts for nothing.
        scratch.Dateline = document.Structure.OpeningDateline;
        scratch.Dates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        scratch.Amounts.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        CollectAll(document, bodySentences, scratch, graph);

        var linked = LinkEntities(entities, scratch);
        if (candidates.Count == 0)
        {
            return [];
        }

        // A word's weight: its PageRank times its background IDF (to the power chosen), computed once per word.
        graph.Rank(weights.PositionBias, model, weights.Idf);

        var scored = scratch.Scored;
        foreach (var c in candidates.Values)
        {
            var entity = linked.GetValueOrDefault(c.Key);
            if (entity.IsAlias || !IsCandidate(c, entity.Entity is not null)
                || (weights.BodyNames && entity.Entity is { } named && c.WholeBodyCount == 0 && !entity.AliasInBody
                    && scratch.FirstMention.ContainsKey(named.Id) && !scratch.InBody.Contains(named.Id)))
            {
                continue;
            }

            double sum = 0;
            foreach (var w in c.Words)
            {
                sum += graph.WeightOf(w);
            }

            if (c.WordCount == 1 && (IsMeasureWord(c, entity.Entity, document.Text) || (weights.LoneDemonym && IsLoneDemonym(c, entity.Entity, document.Text))
                || (weights.LoneAdjective && entity.Entity is null && c.NameVotes <= 0 && c.AllWrittenAsAdjectives(document.Text, model))))
            {
                // Listed only when nothing else is left, as a generic lone word is.
                scored.Add((c, 0));
                continue;
            }

            int count = c.Count + entity.AliasCount;
            int first = entity.Entity is null ? c.FirstStart : Math.Min(c.FirstStart, entity.AliasFirst);
            bool inTitle = c.InTitle || entity.AliasInTitle;
            double score = sum
                * Power(1 / (1 + (first / 60.0)), weights.FirstPosition)
                * Power(count, weights.Frequency)
                * (inTitle ? 1 + weights.Title : 1)
                * (entity.Entity is { } e ? 1 + ((weights.Entity + e.Salience) * (e.Type == EntityType.Misc && c.Words.Length == 1 ? weights.MiscWord : 1)) : c.Words.Length == 1 ? (c.NameVotes <= 0 ? LoneWordFactor(c.Words[0], model, weights) : 1) : TermFactor(c, weights));
            scored.Add((c, score));
        }

        scored.Sort(static (a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : a.Candidate.FirstStart.CompareTo(b.Candidate.FirstStart);
        });

        var result = new List<Keyphrase>(Math.Min(max, scored.Count));
        var keptWords = scratch.KeptWords;
        var keptPhraseWords = scratch.KeptPhraseWords;
        double top = 0;
        foreach (var (c, score) in scored)
        {
            if (result.Count == max)
            {
                break;
            }

            // A lone word inside a kept phrase stands down, a name too: "Kim" after "Kim Jong Un" (people write the full
            // name once), "Fairchild" after "Fairchild Semiconductor". A name of several words is a unit and stays.
            if (IsShadowed(c, candidates, linked) || ((linked.GetValueOrDefault(c.Key).Entity is null || c.WordCount == 1) && IsContained(c, keptWords)))
            {
                continue;
            }

            // TopicRank's lesson: phrases that share words are one topic, for which the best-ranked speaks ("record trade
            // deficit" after "trade deficit"). One shared word is not enough on newswire, where people
            // choose several facets of a subject ("trade deficit" and "trade surplus", "wheat trade" and "durum wheat"):
            // KeyphraseWeights.TopicWords. Names are distinct topics even when they share a word; a kept single word does
            // not stop a longer, more specific phrase ("pre-tax profit" after "profit").
            if (c.WordCount >= 2 && linked.GetValueOrDefault(c.Key).Entity is null && SharesWords(c, keptPhraseWords, weights.TopicWords))
            {
                continue;
            }

            // A company is one phrase whether or not its legal form is written ("GAF" and "GAF Corp"), and no phrase is
            // shown twice.
            string surface = WithoutLegalForm(linked.GetValueOrDefault(c.Key).Entity is { } named ? named.Name : NameForms.Display(c.BestSurface(document.Text)), document.Text, model);
            if (SameNameAsKept(c, scratch.KeptPhrases) || Shown(surface, result))
            {
                continue;
            }

            scratch.KeptPhrases.Add(c);
            if (top == 0)
            {
                top = score;
            }

            foreach (var w in c.Words)
            {
                keptWords.Add(w);
                if (c.WordCount >= 2)
                {
                    keptPhraseWords.Add(w);
                }
            }

            result.Add(new Keyphrase(surface, top > 0 ? Math.Clamp(score / top, 0, 1) : 0));
        }

        return result;
    }

    /// <summary>
    /// The factor of a phrase of one common word: <see cref="KeyphraseWeights.SingleWord"/>, or 0 for a word so common in
    /// the background news (IDF under <see cref="KeyphraseWeights.GenericIdf"/>) that it says nothing alone
    /// (<c>market</c>, <c>oil</c>): people write the specific term or leave it out.
    /// </summary>
    private static double LoneWordFactor(string word, KeyphraseModel model, KeyphraseWeights weights)
        => weights.GenericIdf > 0 && model.Idf(word) < weights.GenericIdf ? 0 : weights.SingleWord;

    /// <summary>
    /// Whether a lone common word is mostly a unit of what was counted: written right after a number more often than
    /// not (<c>20 points</c>, <c>300,000 bpd</c>, <c>1.2 mln bags</c>, <c>5 tonnes</c>). A year is no count (<c>the 1987
    /// budget</c>), nor is an amount of money (<c>a $5m deal</c>), nor a currency's name, which a story can be about
    /// (<c>150 yen</c>, <c>the yen's rise</c>). Never a name: <c>Boeing 747</c> is written the other way.
    /// </summary>
    private bool IsMeasureWord(Candidate c, LinkedEntity? entity, string text)
        => _weights.MeasureShare < 1 && entity is null && c.NameVotes <= 0 && c.AfterCount > 0 && c.AfterCount > _weights.MeasureShare * c.Count
            && !c.AnyWrittenAsCurrency(text);

    /// <summary>
    /// Whether a lone word is a nationality or religion adjective as written (<c>Japanese</c>, <c>Dutch</c>, <c>Swiss</c>;
    /// not the plural of a people, <c>Russians</c>): people choose the country or the specific phrase
    /// (<c>Japanese growth</c>), never the adjective alone (none in 2,053 phrases of the three blind samples).
    /// </summary>
    private static bool IsLoneDemonym(Candidate c, LinkedEntity? entity, string text)
        => entity is not null ? NameWords.Demonyms.Contains(entity.Name) : c.AllWrittenIn(text, NameWords.Demonyms);

    /// <summary>
    /// The factor of a phrase of several words that names no entity: <see cref="KeyphraseWeights.EstablishedPhrase"/> for an
    /// established term (the article writes it at least twice and the background news holds it: <c>budget deficit</c>,
    /// <c>export quotas</c>), else 1. A run of words that recurs here but that no background document wrote is as
    /// often this article's own wording as a term people would choose.
    /// </summary>
    private double TermFactor(Candidate c, KeyphraseWeights weights)
        => weights.EstablishedPhrase != 1 && c.Count >= 2 && Terms.Contains(c.Key) ? weights.EstablishedPhrase : 1;

    /// <summary>How many of a phrase's words are left without a final abbreviated legal form (<c>Corp</c>, <c>Ltd</c>).</summary>
    private static int NameLength(ReadOnlySpan<string> words)
        => words.Length >= 2 && LegalForms.Contains(words[^1]) ? words.Length - 1 : words.Length;

    /// <summary>Whether a phrase is a kept one give or take a final legal form (<c>GAF Corp</c> after <c>GAF</c>).</summary>
    private static bool SameNameAsKept(Candidate c, List<Candidate> kept)
    {
        var words = c.Words;
        int n = NameLength(words);
        foreach (var k in kept)
        {
            var other = k.Words;
            if (NameLength(other) == n && (n != words.Length || n != other.Length) && words[..n].SequenceEqual(other[..n]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="surface"/> is already in <paramref name="result"/>, ignoring case and periods: <c>U.S</c> (a
    /// sentence's period taken from <c>U.S.</c>) and <c>UK</c> are <c>U.S.</c> and <c>U.K.</c> shown again.
    /// </summary>
    internal static bool Shown(string surface, List<Keyphrase> result)
    {
        foreach (var k in result)
        {
            if (SameIgnoringPeriods(k.Text, surface))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameIgnoringPeriods(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] == '.')
            {
                i++;
            }

            while (j < b.Length && b[j] == '.')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>
    /// A name as a reader writes it in a key phrase: without the abbreviated legal form that ends it in wire copy
    /// (<c>General Motors Corp</c> → <c>General Motors</c>, <c>Exxon Corp</c> → <c>Exxon</c>). Kept when the name would
    /// then end in <c>and</c> or <c>&amp;</c>, or be one common word (<c>News Corp</c>, <c>Discount Corp</c>) that
    /// <paramref name="text"/> never writes alone.
    /// </summary>
    internal static string WithoutLegalForm(string surface, string text, KeyphraseModel model)
    {
        int space = surface.LastIndexOf(' ');
        if (space <= 0 || !LegalForms.Contains(surface.AsSpan(space + 1).TrimEnd('.')))
        {
            return surface;
        }

        var rest = surface.AsSpan(0, space).TrimEnd(',');
        int restSpace = rest.LastIndexOf(' ');
        var lastWord = rest[(restSpace + 1)..];
        if (lastWord.Length == 0 || lastWord is "&" || lastWord.Equals("and", StringComparison.OrdinalIgnoreCase)
            || (restSpace < 0 && IsCommonWord(rest, model) && !WrittenAlone(text, rest)))
        {
            return surface;
        }

        return rest.ToString();
    }

    private static bool IsCommonWord(ReadOnlySpan<char> word, KeyphraseModel model)
    {
        Span<char> lower = stackalloc char[64];
        return word.Length <= lower.Length && model.IsKnownNominal(lower[..word.ToLowerInvariant(lower)]);
    }

    /// <summary>
    /// Whether <paramref name="text"/> writes <paramref name="name"/> as a whole word not followed by a legal form,
    /// abbreviated or spelled out (<c>News Corporation</c> is not <c>News</c> alone).
    /// </summary>
    private static bool WrittenAlone(string text, ReadOnlySpan<char> name)
    {
        int offset = 0;
        while (text.AsSpan(offset).IndexOf(name, StringComparison.Ordinal) is int i and >= 0)
        {
            int start = offset + i, end = start + name.Length;
            offset = end;
            if ((start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            var after = text.AsSpan(end).TrimStart(" ,");
            int wordEnd = after.IndexOfAny(' ', '\n', ',');
            var next = (wordEnd < 0 ? after : after[..wordEnd]).TrimEnd(".;:)'\"");
            if (next.EndsWith("'s", StringComparison.Ordinal) || next.EndsWith("’s", StringComparison.Ordinal))
            {
                next = next[..^2];
            }

            if (!LegalForms.Contains(next) && !SpelledLegalForm(next))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpelledLegalForm(ReadOnlySpan<char> word)
        => word.Equals("corporation", StringComparison.OrdinalIgnoreCase) || word.Equals("company", StringComparison.OrdinalIgnoreCase)
            || word.Equals("limited", StringComparison.OrdinalIgnoreCase) || word.Equals("incorporated", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether at least <paramref name="least"/> of a phrase's key words are words of <paramref name="keptPhraseWords"/>
    /// (the words of the kept phrases of several words); never for 0. A word written twice counts twice: counting it once
    /// changed 3 BBC 2004–05 lists, two of them by letting in such a phrase (<c>Lord Chancellor Lord Falconer</c>,
    /// <c>search tool catalogues search</c>).
    /// </summary>
    private static bool SharesWords(Candidate c, HashSet<string> keptPhraseWords, int least)
    {
        if (least <= 0)
        {
            return false;
        }

        int shared = 0;
        foreach (var w in c.Words)
        {
            if (keptPhraseWords.Contains(w) && ++shared >= least)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cuts the title, the headings and the body sentences into candidates, in reading order.</summary>
    private static void CollectAll(ArticleDocument document, IReadOnlyList<TextSpan> bodySentences, Scratch scratch, WordGraph graph)
    {
        var structure = document.Structure;
        string text = structure.Text;
        if (structure.Title is { } title)
        {
            Collect(text, document.TokensOf(title), Zone.Title, scratch, graph);
        }

        foreach (var section in structure.Sections)
        {
            if (section.Heading is { } heading)
            {
                Collect(text, document.TokensOf(heading), Zone.Heading, scratch, graph);
            }
        }

        foreach (var sentence in bodySentences)
        {
            if (structure.ZoneAt(sentence.Start) is Zone.Body or null)
            {
                Collect(text, document.TokensOf(sentence), Zone.Body, scratch, graph);
            }
        }
    }

    /// <summary>
    /// The noun phrases of an article as the extractor cuts them (the longest runs of nouns and adjectives of the title,
    /// the headings and the body, in reading order), each with its key words and their word indices: the candidates that
    /// the evaluation's baselines rank, so that every system chooses among the same phrases.
    /// </summary>
    internal static List<NounPhrase> NounPhrases(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences, KeyphraseModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(bodySentences);
        var document = ArticleDocument.Create(structure, bodySentences, tokenize: false);
        try
        {
            var scratch = new Scratch { Model = model ?? KeyphraseModel.Default, NounPhrases = [] };
            CollectAll(document, bodySentences, scratch, scratch.Graph);
            return scratch.NounPhrases;
        }
        finally
        {
            document.Release();
        }
    }

    /// <summary>One occurrence of a noun phrase: its text, its key words (lower-case, light-stemmed) and each one's word index in the article.</summary>
    internal sealed record NounPhrase(string Surface, string[] Words, int[] WordIndices, Zone Zone);

    /// <summary>x^y, without <see cref="Math.Pow"/> for the small whole exponents the weights mostly have.</summary>
    private static double Power(double x, double y) => y switch
    {
        0 => 1,
        1 => x,
        2 => x * x,
        4 => x * x * (x * x),
        _ => Math.Pow(x, y),
    };

    /// <summary>Whether every word of a phrase is in a phrase already kept (<c>Valdez</c> after <c>Exxon Valdez</c>).</summary>
    private static bool IsContained(Candidate c, HashSet<string> keptWords)
    {
        foreach (var w in c.Words)
        {
            if (!keptWords.Contains(w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Makes each linked entity one candidate under its canonical name: its aliases (<c>Valdez</c>, <c>ASF</c>) give it
    /// their counts, first position and title presence and stand down; a canonical name that no candidate run holds
    /// (<c>Bank of England</c>) is added from the entity's mentions.
    /// </summary>
    private static Dictionary<string, LinkedCandidate> LinkEntities(EntityAnalysis entities, Scratch scratch)
    {
        var candidates = scratch.Candidates;
        var result = scratch.Linked;
        if (entities.Entities.Count == 0)
        {
            return result;
        }

        var firstMention = scratch.FirstMention;
        foreach (var m in entities.Mentions)
        {
            if (m.EntityId is { } id && m.Zone is Zone.Title or Zone.Heading or Zone.Body && !scratch.Dateline.Contains(m.Span))
            {
                firstMention[id] = Math.Min(firstMention.GetValueOrDefault(id, int.MaxValue), m.Span.Start);
                if (m.Zone == Zone.Body)
                {
                    scratch.InBody.Add(id);
                }
            }
        }

        var words = scratch.Keys;
        foreach (var e in entities.Entities)
        {
            string? canonical = KeyOf(e.Name, words, scratch);
            if (canonical is null || result.ContainsKey(canonical))
            {
                continue;
            }

            int aliasCount = 0, aliasFirst = int.MaxValue;
            bool aliasInTitle = false, aliasInBody = false;
            foreach (var alias in e.Aliases)
            {
                string? key = KeyOf(alias, words, scratch);
                if (key is null || key == canonical || result.ContainsKey(key))
                {
                    continue;
                }

                result[key] = new LinkedCandidate(e, true, 0, int.MaxValue, false);
                if (candidates.TryGetValue(key, out var a))
                {
                    aliasCount += a.Count;
                    aliasFirst = Math.Min(aliasFirst, a.FirstStart);
                    aliasInTitle |= a.InTitle;
                    aliasInBody |= a.WholeBodyCount > 0;
                }
            }

            if (!candidates.ContainsKey(canonical) && firstMention.TryGetValue(e.Id, out int first))
            {
                KeyOf(e.Name, words, scratch);
                var made = scratch.NewCandidate(canonical, CollectionsMarshal.AsSpan(words), first);
                made.AddNamed(first);
                candidates[canonical] = made;
            }

            result[canonical] = new LinkedCandidate(e, false, aliasCount, aliasFirst, aliasInTitle, aliasInBody);
        }

        return result;
    }

    private static string? KeyOf(string name, List<string> words, Scratch scratch)
    {
        words.Clear();
        foreach (var token in Tokenizer.Tokenize(name))
        {
            if (token.Kind == TokenKind.Word)
            {
                AddKeyWords(name.AsSpan(token.Start, token.Length), words, shared: true);
            }
        }

        return words.Count > 0 ? StringCache.Get(scratch.Join(CollectionsMarshal.AsSpan(words), [])) : null;
    }

    /// <summary>What entity linking says of a candidate: the entity it names, whether it is only an alias, and its aliases' occurrences.</summary>
    private readonly record struct LinkedCandidate(LinkedEntity? Entity, bool IsAlias, int AliasCount, int AliasFirst, bool AliasInTitle, bool AliasInBody = false);

    /// <summary>
    /// A phrase must be written in the body (titles and headings capitalize every word, so their verbs would pass for
    /// names), unless it names a linked entity; and it must hold a content word.
    /// </summary>
    private bool IsCandidate(Candidate c, bool namesEntity)
        => (namesEntity || ((c.Eligible || _weights.SingleWord > 0) && c.BodyCount > 0)) && !c.AllBoilerplate;

    /// <summary>
    /// Whether every occurrence of <paramref name="c"/> lies inside one longer candidate (<c>Software Foundation</c>
    /// inside <c>Apache Software Foundation</c>): then the longer phrase stands for it. Never for a linked entity's name.
    /// </summary>
    private static bool IsShadowed(Candidate c, Dictionary<string, Candidate> candidates, Dictionary<string, LinkedCandidate> linked)
    {
        // A linked entity's name is a unit the tagger drew: "Actor Bruce Willis" and "Chancellor Gordon Brown" do not
        // stand for "Bruce Willis" and "Gordon Brown", whose counts the aliases ("Willis", "Mr Brown") also carry.
        if (linked.GetValueOrDefault(c.Key) is { Entity: not null, IsAlias: false })
        {
            return false;
        }

        foreach (var parent in c.Parents)
        {
            if (candidates.TryGetValue(parent, out var p) && p.Eligible && p.BodyCount > 0 && !p.AllBoilerplate && p.Count >= c.Count
                && !linked.GetValueOrDefault(parent).IsAlias)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the candidates of one title, heading or sentence, each word's position weight, and links in the graph the words
    /// of its noun phrases that stand within the window of each other.
    /// </summary>
    private static void Collect(string text, ReadOnlySpan<Token> tokens, Zone zone, Scratch scratch, WordGraph graph)
    {
        var run = scratch.Run;
        bool sentenceStart = true;
        bool afterAmount = false;
        // Right after a number that counts something: not a year or other date, not an amount of money.
        bool afterCount = false;
        bool afterCurrency = false;
        scratch.SentenceKeys.Clear();
        var dateline = scratch.Dateline;
        foreach (var token in tokens)
        {
            if (dateline.Length > 0 && token.Start < dateline.End && token.Start >= dateline.Start)
            {
                // The story's first sentence starts after its dateline ("BEIRUT (AP) — An Afghan…": "An" opens it).
                Flush(text, zone, scratch, graph);
                sentenceStart = true;
                continue;
            }

            bool isStart = sentenceStart;
            sentenceStart = false;
            var raw = text.AsSpan(token.Start, token.Length);
            if (token.Kind != TokenKind.Word)
            {
                afterAmount = token.Kind is TokenKind.Number or TokenKind.Currency;
                afterCount = token.Kind == TokenKind.Number && !afterCurrency && !scratch.InDate(token.Start);
                afterCurrency = token.Kind == TokenKind.Currency;
                Flush(text, zone, scratch, graph);
                continue;
            }

            afterCurrency = false;
            int index = scratch.WordIndex++;
            if (afterAmount && IsAmountWord(raw))
            {
                // "$280bn", "5.2 million": an amount's scale ends a phrase as its digits do.
                Flush(text, zone, scratch, graph);
                continue;
            }

            bool counted = afterCount && run.Count == 0;
            afterAmount = false;
            afterCount = false;
            if (scratch.IsBreak(raw, nameContext: !isStart && zone == Zone.Body) || scratch.InDate(token.Start) || scratch.InAmount(token.Start))
            {
                Flush(text, zone, scratch, graph);
                continue;
            }

            var possessive = StripPossessive(raw, out var word);
            bool capitalized = word.Length > 0 && char.IsUpper(word[0]);
            bool acronym = word.Length >= 2 && IsAllUpper(word);
            // A capital says "name" only inside a body sentence; at a sentence start or in a title-cased line it says nothing.
            int nameVote = acronym || (capitalized && !isStart && zone == Zone.Body) ? 1 : capitalized ? 0 : -1;
            if (nameVote == 1 && run.Count > 0 && run[^1].NameVote == -1)
            {
                // "actress Emily Deschanel": a title or description before a name is no part of it.
                Flush(text, zone, scratch, graph);
            }

            int keyStart = scratch.RunKeys.Count;
            AddKeyWords(word, scratch.RunKeys, shared: true);
            if (scratch.RunKeys.Count == keyStart)
            {
                Flush(text, zone, scratch, graph);
                continue;
            }

            run.Add(new RunWord(token.Start, token.Start + word.Length, keyStart, scratch.RunKeys.Count - keyStart, nameVote, index, counted));
            if (possessive)
            {
                // "Anthropic’s contribution": the owner ends a phrase.
                Flush(text, zone, scratch, graph);
            }
        }

        Flush(text, zone, scratch, graph);
        var keys = scratch.SentenceKeys;
        int window = scratch.Window;
        for (int i = 0; i < keys.Count; i++)
        {
            for (int j = i + 1; j < keys.Count && j <= i + window; j++)
            {
                graph.Link(keys[i], keys[j]);
            }
        }
    }

    private static void Flush(string text, Zone zone, Scratch scratch, WordGraph graph)
    {
        var run = scratch.Run;
        if (run.Count == 0)
        {
            return;
        }

        // The run's key words, word after word, are scratch.RunKeys.
        var flat = scratch.RunKeys;
        if (scratch.NounPhrases is { } phrases)
        {
            var indices = new int[flat.Count];
            foreach (var word in run)
            {
                indices.AsSpan(word.KeyStart, word.KeyCount).Fill(word.Index);
            }

            phrases.Add(new NounPhrase(text[run[0].Start..run[^1].End], [.. flat], indices, zone));
        }

        foreach (var word in run)
        {
            double position = 1.0 / (word.Index + 1);
            foreach (var w in scratch.KeysOf(word))
            {
                graph.Count(w, position);
                scratch.SentenceKeys.Add(w);
            }
        }

        var keys = scratch.Keys;
        for (int i = 0; i < run.Count; i++)
        {
            keys.Clear();
            for (int j = i; j < run.Count; j++)
            {
                keys.AddRange(scratch.KeysOf(run[j]));
                if (keys.Count > MaxWords)
                {
                    break;
                }

                var key = scratch.Join(CollectionsMarshal.AsSpan(keys), []);
                if (!scratch.CandidateLookup.TryGetValue(key, out var c))
                {
                    string keyString = keys.Count == 1 ? keys[0] : StringCache.Get(key);
                    c = scratch.NewCandidate(keyString, CollectionsMarshal.AsSpan(keys), run[i].Start);
                    scratch.Candidates[keyString] = c;
                }

                int start = run[i].Start;
                int end = run[j].End;
                c.Add(text, start, end - start, zone);
                if (i == 0 && j == run.Count - 1 && zone == Zone.Body)
                {
                    c.WholeBodyCount++;
                }
                if (i != j || (keys.Count > 1 && !HasFillerPart(keys)))
                {
                    // A lone compound counts only when each part carries content ("cloud-native", not "full-year").
                    c.MultiWord = true;
                }
                else
                {
                    c.NameVotes += run[i].NameVote;
                    if (run[i].AfterCount)
                    {
                        c.AfterCount++;
                    }
                }

                // Remember the phrases one word longer on each side, to drop a phrase that never stands alone.
                if (i > 0)
                {
                    c.AddParent(StringCache.Get(scratch.Join(scratch.KeysOf(run[i - 1]), CollectionsMarshal.AsSpan(keys))));
                }

                if (j < run.Count - 1)
                {
                    c.AddParent(StringCache.Get(scratch.Join(CollectionsMarshal.AsSpan(keys), scratch.KeysOf(run[j + 1]))));
                }
            }
        }

        run.Clear();
        flat.Clear();
    }

    private static bool HasFillerPart(List<string> keys)
    {
        foreach (var k in keys)
        {
            if (EnglishStopwords.Contains(k) || Filler.Contains(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word ends a noun phrase: a stopword, news filler or date word, an adverb in -ly, or a word that tagged
    /// news writes mostly as neither noun nor adjective (verbs such as <c>said</c>, number words), unless it is written
    /// as a name here (capitalized inside a body sentence, or an acronym).
    /// </summary>
    private static bool IsBreak(ReadOnlySpan<char> raw, KeyphraseModel model, bool nameContext)
    {
        if (raw.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[raw.Length];
        raw.ToLowerInvariant(lower);
        if (EnglishStopwords.Contains(lower) || FillerLookup.Contains(lower))
        {
            return true;
        }

        // Adverbs ("quietly", "rapidly") join no noun phrase; short words in -ly ("supply", "Italy") are kept.
        if (lower.Length > 5 && lower.EndsWith("ly") && !char.IsUpper(raw[0]))
        {
            return true;
        }

        return model.IsNotNominal(lower) && !(nameContext && char.IsUpper(raw[0])) && !(raw.Length >= 2 && IsAllUpper(raw));
    }

    /// <summary>
    /// Whether a word after a number is the amount's scale (<c>million</c>, <c>bn</c>, <c>mln</c>; also opening a
    /// hyphenated word, <c>1bn-euro</c>), as the number recognizer reads it. Currency names are not: a currency can be
    /// what the story is about (<c>yen</c>).
    /// </summary>
    private static bool IsAmountWord(ReadOnlySpan<char> raw)
    {
        int hyphen = raw.IndexOf('-');
        return NumberLexicon.TryGet(hyphen > 0 ? raw[..hyphen] : raw, out var entry) && entry.Kind == NumberAtomKind.Scale;
    }

    private static bool StripPossessive(ReadOnlySpan<char> raw, out ReadOnlySpan<char> word)
    {
        if (raw.Length > 2 && raw[^2] is '\'' or '’' && raw[^1] is 's' or 'S')
        {
            word = raw[..^2];
            return true;
        }

        word = raw;
        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the normalized words of a token: lower-cased, hyphen parts apart, plurals and verb endings stripped.</summary>
    /// <param name="word">The token.</param>
    /// <param name="keys">Receives the words.</param>
    /// <param name="shared">Whether to take the thread's shared strings (<see cref="StringCache"/>: each distinct word is allocated once, and kept from article to article) rather than new ones.</param>
    internal static void AddKeyWords(ReadOnlySpan<char> word, List<string> keys, bool shared = false)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var range in word.SplitAny("-‐–"))
        {
            var part = word[range];
            if (part.Length == 0 || part.Length > buffer.Length)
            {
                continue;
            }

            int n = part.ToLowerInvariant(buffer);
            var lower = buffer[..n];
            if (lower is ['\'' or '’', ..])
            {
                continue;
            }

            n = LightStemmer.Stem(lower);
            if (n > 0)
            {
                keys.Add(shared ? StringCache.Get(buffer[..n]) : new string(buffer[..n]));
            }
        }
    }

    /// <summary>A word of a run: where it is, where its key words are in <see cref="Scratch.RunKeys"/>, and its name vote.</summary>
    private readonly record struct RunWord(int Start, int End, int KeyStart, int KeyCount, int NameVote, int Index, bool AfterCount = false);

    /// <summary>
    /// Everything one extraction works in: the candidates, the word graph, the buffers that let a phrase's key, a parent's
    /// key and a surface form be looked up as characters, and the tables of the ranking. One per thread, emptied and
    /// reused from article to article, so that an extraction allocates little beyond what it returns.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? t_cached;

        private readonly List<Candidate> _pool = [];
        private int _used;
        private char[] _buffer = new char[128];

        public Scratch()
        {
            CandidateLookup = Candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public KeyphraseModel Model { get; set; } = null!;

        /// <summary>How far apart two words of a sentence's phrases may stand to be linked in the graph.</summary>
        public int Window { get; set; } = 1;

        /// <summary>The index of the next word of the article (title first), for position weights.</summary>
        public int WordIndex { get; set; }

        /// <summary>The key words of the current sentence's noun phrases, in order.</summary>
        public List<string> SentenceKeys { get; } = [];

        public Dictionary<string, Candidate> Candidates { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Candidate>.AlternateLookup<ReadOnlySpan<char>> CandidateLookup { get; }

        public WordGraph Graph { get; } = new();

        public List<RunWord> Run { get; } = [];

        /// <summary>The key words of the words of <see cref="Run"/>, in order.</summary>
        public List<string> RunKeys { get; } = [];

        public List<string> Keys { get; } = [];

        public List<(Candidate Candidate, double Score)> Scored { get; } = [];

        public HashSet<string> KeptWords { get; } = new(StringComparer.Ordinal);

        /// <summary>The words of the kept phrases of several words.</summary>
        public HashSet<string> KeptPhraseWords { get; } = new(StringComparer.Ordinal);

        /// <summary>The phrases kept so far, to drop the same company name written with or without its legal form.</summary>
        public List<Candidate> KeptPhrases { get; } = [];

        public Dictionary<string, LinkedCandidate> Linked { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, int> FirstMention { get; } = [];

        /// <summary>The ids of the entities that the body names (by any of their names).</summary>
        public HashSet<int> InBody { get; } = [];

        /// <summary>
        /// The spans of the article's Date mentions, by start: their words end a phrase as months and weekdays do
        /// (<c>the first quarter of 2022</c>, <c>mid-2024</c>, <c>the 1990s</c> are no topic).
        /// </summary>
        public List<TextSpan> Dates { get; } = [];

        /// <summary>
        /// The spans of the article's Money and Percent mentions, by start, when <see cref="KeyphraseWeights.AmountWords"/>
        /// is set: their words end a phrase as their digits do (<c>a 2 billion euro deal</c>, <c>a 3 pct increase</c>, <c>a
        /// 5 percentage point rise</c>: the deal, the increase, the rise).
        /// </summary>
        public List<TextSpan> Amounts { get; } = [];

        /// <summary>The dateline the article opens with (<see cref="ArticleStructure.OpeningDateline"/>), or an empty span.</summary>
        public TextSpan Dateline { get; set; }

        /// <summary>When set, receives every run as a noun phrase (for the evaluation's baselines).</summary>
        public List<NounPhrase>? NounPhrases { get; init; }

        /// <summary>The thread's scratch, empty, set for one extraction (a fresh one if the thread's is in use).</summary>
        public static Scratch Rent(KeyphraseModel model, int window)
        {
            var scratch = t_cached ?? new Scratch();
            t_cached = null;
            scratch.Model = model;
            scratch.Window = Math.Max(1, window);
            return scratch;
        }

        /// <summary>Empties the scratch and gives it back to the thread.</summary>
        public void Return()
        {
            WordIndex = 0;
            SentenceKeys.Clear();
            Candidates.Clear();
            Graph.Clear();
            Run.Clear();
            RunKeys.Clear();
            Keys.Clear();
            Scored.Clear();
            KeptWords.Clear();
            KeptPhraseWords.Clear();
            KeptPhrases.Clear();
            Linked.Clear();
            FirstMention.Clear();
            InBody.Clear();
            Dates.Clear();
            Amounts.Clear();
            Dateline = default;
            for (int i = 0; i < _used; i++)
            {
                _pool[i].Reset();
            }

            _used = 0;
            Model = null!;
            t_cached = this;
        }

        /// <summary>A candidate from the pool.</summary>
        public Candidate NewCandidate(string key, ReadOnlySpan<string> words, int firstStart)
        {
            if (_used == _pool.Count)
            {
                _pool.Add(new Candidate());
            }

            var c = _pool[_used++];
            c.Set(key, words, firstStart);
            return c;
        }

        public bool IsBreak(ReadOnlySpan<char> raw, bool nameContext) => KeyphraseExtractor.IsBreak(raw, Model, nameContext);

        /// <summary>Whether the character at <paramref name="offset"/> is inside a Date mention (binary search over <see cref="Dates"/>).</summary>
        public bool InDate(int offset) => Covers(Dates, offset);

        /// <summary>Whether the character at <paramref name="offset"/> is inside a Money or Percent mention (<see cref="Amounts"/>).</summary>
        public bool InAmount(int offset) => Amounts.Count > 0 && Covers(Amounts, offset);

        /// <summary>Whether one of <paramref name="spans"/> (sorted by start, not overlapping) holds <paramref name="offset"/>: a binary search.</summary>
        private static bool Covers(List<TextSpan> spans, int offset)
        {
            var sorted = CollectionsMarshal.AsSpan(spans);
            int lo = 0, hi = sorted.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid].Start + sorted[mid].Length <= offset)
                {
                    lo = mid + 1;
                }
                else if (sorted[mid].Start > offset)
                {
                    hi = mid - 1;
                }
                else
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The key words of one word of the run.</summary>
        public ReadOnlySpan<string> KeysOf(RunWord word) => CollectionsMarshal.AsSpan(RunKeys).Slice(word.KeyStart, word.KeyCount);

        /// <summary>The words of <paramref name="first"/> then <paramref name="second"/> joined by single spaces, in the shared buffer (valid until the next call).</summary>
        public ReadOnlySpan<char> Join(ReadOnlySpan<string> first, ReadOnlySpan<string> second)
        {
            int length = 0;
            foreach (var w in first)
            {
                length += w.Length + 1;
            }

            foreach (var w in second)
            {
                length += w.Length + 1;
            }

            if (length > _buffer.Length)
            {
                _buffer = new char[Math.Max(length, _buffer.Length * 2)];
            }

            int at = 0;
            Append(first, ref at);
            Append(second, ref at);
            return _buffer.AsSpan(0, at);
        }

        private void Append(ReadOnlySpan<string> words, ref int at)
        {
            foreach (var w in words)
            {
                if (at > 0)
                {
                    _buffer[at++] = ' ';
                }

                w.CopyTo(_buffer.AsSpan(at));
                at += w.Length;
            }
        }
    }

    /// <summary>One normalized phrase and what is known of its occurrences; pooled by <see cref="Scratch"/>.</summary>
    private sealed class Candidate
    {
        private readonly HashSet<string> _parents = new(StringComparer.Ordinal);

        // The ways the phrase is written, as places in the text: (start, length, count, first start, written in the body).
        private readonly List<(int Start, int Length, int Count, int First, bool Body)> _surfaces = [];
        private string[] _words = new string[MaxWords];

        public string Key { get; private set; } = string.Empty;

        public ReadOnlySpan<string> Words => _words.AsSpan(0, WordCount);

        public int WordCount { get; private set; }

        public int FirstStart { get; private set; }

        public int Count { get; private set; }

        public int BodyCount { get; private set; }

        public bool InTitle { get; private set; }

        public bool InHeading { get; private set; }

        public bool MultiWord { get; set; }

        /// <summary>Occurrences written as a name (capitalized inside a sentence, or an acronym) minus the others.</summary>
        public int NameVotes { get; set; }

        /// <summary>Occurrences in the body that are a whole noun phrase, not a part of a longer one.</summary>
        public int WholeBodyCount { get; set; }

        /// <summary>Occurrences of a lone word written right after a number that counts something (<c>20 points</c>).</summary>
        public int AfterCount { get; set; }

        /// <summary>Several words, or one word written mostly as a name: a lone common word is no key phrase.</summary>
        public bool Eligible => MultiWord || NameVotes > 0;

        public HashSet<string> Parents => _parents;

        public bool AllBoilerplate
        {
            get
            {
                foreach (var w in Words)
                {
                    if (!BoilerplateWords.Contains(w) && !EnglishStopwords.Contains(w))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public void Set(string key, ReadOnlySpan<string> words, int firstStart)
        {
            Key = key;
            if (words.Length > _words.Length)
            {
                _words = new string[words.Length];
            }

            words.CopyTo(_words);
            WordCount = words.Length;
            FirstStart = firstStart;
        }

        public void Reset()
        {
            Array.Clear(_words);
            _parents.Clear();
            _surfaces.Clear();
            Key = string.Empty;
            WordCount = 0;
            FirstStart = 0;
            Count = 0;
            BodyCount = 0;
            InTitle = false;
            InHeading = false;
            MultiWord = false;
            NameVotes = 0;
            AfterCount = 0;
            WholeBodyCount = 0;
        }

        /// <summary>Whether one of the ways the phrase is written is a currency's name (<c>yen</c>, <c>marks</c>), as the currency lexicon has it.</summary>
        public bool AnyWrittenAsCurrency(string text)
        {
            foreach (var s in _surfaces)
            {
                if (CurrencyTable.TryName(text.AsSpan(s.Start, s.Length), out _, out _))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the phrase is written, and every way it is written is a word the model marks as mostly an adjective (<see cref="KeyphraseModel.IsAdjective"/>).</summary>
        public bool AllWrittenAsAdjectives(string text, KeyphraseModel adjectives)
        {
            foreach (var s in _surfaces)
            {
                if (!adjectives.IsAdjective(text.AsSpan(s.Start, s.Length)))
                {
                    return false;
                }
            }

            return _surfaces.Count > 0;
        }

        /// <summary>Whether the phrase is written, and every way it is written is a word of <paramref name="words"/>.</summary>
        public bool AllWrittenIn(string text, WordSet words)
        {
            foreach (var s in _surfaces)
            {
                if (!words.Contains(text.AsSpan(s.Start, s.Length)))
                {
                    return false;
                }
            }

            return _surfaces.Count > 0;
        }

        public void AddParent(string parent) => _parents.Add(parent);

        /// <summary>An occurrence of the canonical name of an entity that no run holds: counted, with no written form.</summary>
        public void AddNamed(int start)
        {
            Count++;
            BodyCount++;
            FirstStart = Math.Min(FirstStart, start);
        }

        /// <summary>An occurrence written as <c>text[start..(start + length)]</c>.</summary>
        public void Add(string text, int start, int length, Zone zone)
        {
            Count++;
            bool body = zone == Zone.Body;
            if (body)
            {
                BodyCount++;
            }

            FirstStart = Math.Min(FirstStart, start);
            InTitle |= zone == Zone.Title;
            InHeading |= zone == Zone.Heading;
            var surface = text.AsSpan(start, length);
            var known = CollectionsMarshal.AsSpan(_surfaces);
            for (int i = 0; i < known.Length; i++)
            {
                ref var s = ref known[i];
                if (text.AsSpan(s.Start, s.Length).SequenceEqual(surface))
                {
                    s = (s.Start, s.Length, s.Count + 1, Math.Min(s.First, start), s.Body || body);
                    return;
                }
            }

            _surfaces.Add((start, length, 1, start, body));
        }

        /// <summary>The form the body writes most often (titles and headings capitalize every word); the earliest on a tie.</summary>
        public string BestSurface(string text)
        {
            if (_surfaces.Count == 0)
            {
                return Key;
            }

            // The forms in the order they were first written.
            int best = -1;
            (int Count, int First, bool Body) bestInfo = (-1, int.MaxValue, false);
            for (int i = 0; i < _surfaces.Count; i++)
            {
                var s = _surfaces[i];
                bool better = s.Body != bestInfo.Body ? s.Body
                    : s.Count != bestInfo.Count ? s.Count > bestInfo.Count
                    : s.First < bestInfo.First;
                if (better)
                {
                    best = i;
                    bestInfo = (s.Count, s.First, s.Body);
                }
            }

            return text.Substring(_surfaces[best].Start, _surfaces[best].Length);
        }
    }

    /// <summary>
    /// The key of the word graph's edge between words <paramref name="x"/> and <paramref name="y"/>: the pair packed in
    /// 64 bits, then multiplied by an odd constant (a one-to-one map) so that its hash spreads. A 64-bit number's hash is
    /// its two halves XORed, which for the pair itself is <c>x ^ y</c>: a text of ever new words (base64, a word list)
    /// links words with neighbouring numbers, whose XORs are a handful of values, so every edge fell into a few buckets
    /// of the table (key phrases took 8.1 s for 1.6 MB of base64 and 212 s for 6.4 MB).
    /// </summary>
    internal static long EdgeKey(int x, int y)
        => unchecked((((long)Math.Min(x, y) << 32) | (uint)Math.Max(x, y)) * -7046029254386353131L);

    /// <summary>An undirected graph of the words that stand near each other in a sentence's noun phrases.</summary>
    /// <remarks>
    /// Words are numbered in the order they join the graph, and each edge is kept once with its count, in the order it was
    /// made: the ranking walks every word's neighbours in that order, so its sums are those of a table per word, without
    /// a table per word. Its tables and arrays are kept from article to article.
    /// </remarks>
    private sealed class WordGraph
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];
        private readonly List<double> _position = [];
        private readonly Dictionary<long, int> _edgeOf = [];
        private readonly List<(int A, int B, int Count)> _edges = [];
        private int[] _start = [];
        private int[] _neighbour = [];
        private int[] _weight = [];
        private double[] _jump = [];
        private double[] _rank = [];
        private double[] _work = [];

        public void Clear()
        {
            _index.Clear();
            _words.Clear();
            _position.Clear();
            _edgeOf.Clear();
            _edges.Clear();
        }

        public void Link(string a, string b)
        {
            if (a == b)
            {
                return;
            }

            int x = IndexOf(a), y = IndexOf(b);
            long key = KeyphraseExtractor.EdgeKey(x, y);
            ref int edge = ref CollectionsMarshal.GetValueRefOrAddDefault(_edgeOf, key, out bool exists);
            if (!exists)
            {
                edge = _edges.Count;
                _edges.Add((x, y, 0));
            }

            var e = _edges[edge];
            _edges[edge] = e with { Count = e.Count + 1 };
        }

        /// <summary>Counts an occurrence of a word with its position weight (1 / (index + 1), as PositionRank).</summary>
        public void Count(string word, double position)
        {
            int i = IndexOf(word);
            _position[i] += position;
        }

        private int IndexOf(string word)
        {
            ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, word, out bool exists);
            if (!exists)
            {
                index = _words.Count;
                _words.Add(word);
                _position.Add(0);
            }

            return index;
        }

        /// <summary>A word's weight from the last <see cref="Rank"/>; 0 for a word not in the graph.</summary>
        public double WeightOf(string word) => _index.TryGetValue(word, out int i) ? _rank[i] : 0;

        /// <summary>
        /// Ranks every word: its PageRank, scaled to a maximum of 1 and multiplied by its IDF, with the random jump split
        /// between all words alike and words by their summed position weights (<paramref name="positionBias"/> of it), as
        /// PositionRank does. Read each word's with <see cref="WeightOf"/>.
        /// </summary>
        /// <param name="positionBias">The share of the random jump that goes by position.</param>
        /// <param name="model">Gives each word's IDF, by which its rank is multiplied.</param>
        /// <param name="idfExponent">The power of the IDF.</param>
        public void Rank(double positionBias, KeyphraseModel model, double idfExponent)
        {
            var words = _words;
            int n = words.Count;
            if (n == 0)
            {
                return;
            }

            // Each word's neighbours with their counts, in the order the edges were made.
            int degrees = 2 * _edges.Count;
            var start = Grow(ref _start, n + 1);
            var neighbour = Grow(ref _neighbour, degrees);
            var weight = Grow(ref _weight, degrees);
            var fill = Grow(ref _jump, Math.Max(n, 1));
            start.Clear();
            foreach (var (a, b, _) in _edges)
            {
                start[a + 1]++;
                start[b + 1]++;
            }

            for (int i = 0; i < n; i++)
            {
                start[i + 1] += start[i];
            }

            // The fill pointers live in the jump's buffer until the jump is computed.
            for (int i = 0; i < n; i++)
            {
                fill[i] = start[i];
            }

            foreach (var (a, b, count) in _edges)
            {
                int fa = (int)fill[a]++;
                neighbour[fa] = b;
                weight[fa] = count;
                int fb = (int)fill[b]++;
                neighbour[fb] = a;
                weight[fb] = count;
            }

            double positionSum = 0;
            foreach (double p in _position)
            {
                positionSum += p;
            }

            var jump = fill;
            for (int i = 0; i < n; i++)
            {
                jump[i] = ((1 - positionBias) / n) + (positionSum > 0 ? positionBias * _position[i] / positionSum : positionBias / n);
            }

            var rank = Grow(ref _rank, n);
            GraphRank.Sparse(start, neighbour, weight, jump, MaxIterations, rank, Grow(ref _work, 2 * n));
            Scaling.ScaleToMaximum(rank);
            for (int i = 0; i < n; i++)
            {
                rank[i] *= Power(model.Idf(words[i]), idfExponent);
            }
        }

        /// <summary>The first <paramref name="length"/> items of <paramref name="array"/>, grown (never shrunk) to hold them.</summary>
        private static Span<T> Grow<T>(ref T[] array, int length)
        {
            if (array.Length < length)
            {
                array = new T[Math.Max(length, array.Length * 2)];
            }

            return array.AsSpan(0, length);
        }
    }
}
