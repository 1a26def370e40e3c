using System.Buffers;
using TextInsight.Entities.Ner;
using TextInsight.Text;

namespace TextInsight.Entities;

/// <summary>
/// The statistical tagger of people, organizations, locations and misc names: a two-pass averaged-perceptron
/// sequence tagger over BILOU labels, trained on CoNLL-2003 English and hand-annotated 2019–22 BBC News articles (see
/// <c>src/TextInsight/Models/README.md</c>).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Pass 1 tags each segment from the words, their shapes, affixes and ±2 window, the capitalization context (headline
/// in capitals, first word of a sentence), how the same word is written elsewhere in the document, and names seen in
/// the training data. Pass 2 adds what pass 1 said about the neighbouring tokens and about the same word elsewhere in
/// the document, so all the segments of one document must be tagged in one call.
/// <para>
/// <see cref="NamedEntitySpan.Confidence"/> comes from max-marginals of pass 2: for each token of the entity, the score of
/// the best label sequence minus the score of the best sequence that labels the token otherwise; the entity's smallest
/// such margin goes through a logistic function fitted on the CoNLL-2003 development data, so that it estimates the
/// probability that the span and type are exactly right.
/// </para>
/// </remarks>
public sealed class NamedEntityTagger
{
    /// <summary>The file name of the built-in model (embedded as <c>TextInsight.Models.</c> + this name).</summary>
    public const string DefaultModelName = "ner-news-v3.bin";

    private static readonly Lazy<NamedEntityTagger> DefaultTagger = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    internal NamedEntityTagger(NerModel model)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
    }

    /// <summary>The tagger with the built-in model, loaded on first use.</summary>
    public static NamedEntityTagger Default => DefaultTagger.Value;

    internal NerModel Model { get; }

    /// <summary>Loads a tagger from a model file written by <c>textinsight train entities</c>.</summary>
    /// <param name="path">The model file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not an entity model this library reads.</exception>
    public static NamedEntityTagger Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads a tagger from a stream holding a model written by <c>textinsight train entities</c>.</summary>
    /// <param name="stream">The model; read from its current position.</param>
    /// <exception cref="InvalidDataException">The stream is not an entity model this library reads.</exception>
    public static NamedEntityTagger Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new NamedEntityTagger(NerModel.Load(stream));
    }

    /// <summary>Writes the tagger's model to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where to write.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Model.Save(stream);
    }

    /// <summary>Tags the given segments (sentences, titles, lines) of <paramref name="text"/>.</summary>
    /// <param name="text">The whole text every span indexes.</param>
    /// <param name="segments">The segments to tag, in order, not overlapping: all those of one document, since the tagger uses the whole document.</param>
    /// <returns>The names found, ordered by position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A segment lies outside <paramref name="text"/>.</exception>
    public IReadOnlyList<NamedEntitySpan> Tag(string text, IReadOnlyList<TextSpan> segments) => Tag(text, segments, []);

    /// <summary><see cref="Tag(string, IReadOnlyList{TextSpan})"/>, leaving in <paramref name="tokens"/> the tokens of the segments as the tagger split them.</summary>
    internal IReadOnlyList<NamedEntitySpan> Tag(string text, IReadOnlyList<TextSpan> segments, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(tokens);
        tokens.Clear();
        var starts = new List<int>(segments.Count + 1);
        foreach (var segment in segments)
        {
            if (segment.Start < 0 || segment.Length < 0 || segment.End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(segments), $"The segment {segment} lies outside the text of length {text.Length}.");
            }

            int before = tokens.Count;
            AddTokens(text, segment, tokens);
            if (tokens.Count > before)
            {
                starts.Add(before);
            }
        }

        return Tag(text, tokens, starts);
    }

    /// <summary>Tags the segments of <paramref name="document"/> from the tokens it holds, leaving in <paramref name="tokens"/> the tokens as the tagger split them.</summary>
    /// <remarks>
    /// Only segments outside the body (the title, headings, boilerplate such as related-story links) may be read as
    /// title-case headlines: a body sentence that is a list of names ("Mike Hulbert, Brian Henninger, Tiger Woods") or a
    /// results line ("9. Donna Wynd (New Zealand) 36.831") has the shape of one, and truecasing it cut names ("Woods",
    /// "New" read in lower case).
    /// </remarks>
    internal IReadOnlyList<NamedEntitySpan> Tag(ArticleDocument document, List<Token> tokens)
    {
        tokens.Clear();
        string text = document.Text;
        var body = document.Sentences;
        int segments = document.Segments.Count;
        var starts = new List<int>(segments + 1);
        var mayBeHeadline = new List<bool>(segments);
        int b = 0;
        for (int i = 0; i < segments; i++)
        {
            int before = tokens.Count;
            AddTokens(text, document.GetSegmentTokens(i), tokens);
            if (tokens.Count > before)
            {
                // The body sentences are segments too, in the same order: walk both.
                int at = document.Segments[i].Start;
                while (b < body.Count && body[b].Start < at)
                {
                    b++;
                }

                starts.Add(before);
                mayBeHeadline.Add(b >= body.Count || body[b].Start != at);
            }
        }

        return Tag(text, tokens, starts, mayBeHeadline);
    }

    private List<NamedEntitySpan> Tag(string text, List<Token> tokens, List<int> starts, List<bool>? mayBeHeadline = null)
    {
        if (tokens.Count == 0)
        {
            return [];
        }

        starts.Add(tokens.Count);

        // The document's arrays come from the thread's workspace, so that tagging allocates only the names it returns.
        var workspace = NerWorkspace.Rent();
        try
        {
            return Tag(text, tokens, starts, mayBeHeadline, workspace);
        }
        finally
        {
            NerWorkspace.Return(workspace);
        }
    }

    private List<NamedEntitySpan> Tag(string text, List<Token> tokens, List<int> starts, List<bool>? mayBeHeadline, NerWorkspace workspace)
    {
        var atoms = workspace.Take(ref workspace.Atoms, tokens.Count);
        var headlines = new bool[starts.Count - 1];
        bool anyHeadline = false;
        for (int s = 0; s < headlines.Length; s++)
        {
            headlines[s] = (mayBeHeadline is null || mayBeHeadline[s]) && IsTitleCaseHeadline(text, tokens, starts[s], starts[s + 1]);
            anyHeadline |= headlines[s];
        }

        var lexicon = Model.CaseLexicon;
        var documentCase = anyHeadline && lexicon is not null ? DocumentCase(text, tokens, starts, headlines) : null;
        Span<char> recased = stackalloc char[64];
        for (int s = 0; s < headlines.Length; s++)
        {
            bool afterCapital = false;
            for (int i = starts[s]; i < starts[s + 1]; i++)
            {
                var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
                int n = !headlines[s] || token.Length > recased.Length ? 0
                    : lexicon is null ? token.ToUpperInvariant(recased)
                    : TrueCase(lexicon, documentCase!, token, recased);

                // A designator after a capitalized word stays part of its name: "Fjellstad Dairy Names New Finance Chief"; a first
                // word stays capitalized where a known name begins: "Bank of England Keeps Rates Unchanged".
                if (n > 0 && lexicon is not null
                    && ((afterCapital && NerCues.IsDesignator(TokenAtoms.Compute(recased[..n]).Lower)) || (i == starts[s] && StartsKnownName(text, tokens, i, starts[s + 1]))))
                {
                    n = 0;
                }

                afterCapital = headlines[s] && n == 0 && char.IsUpper(token[0]);
                if (n == 0 && Model.NameLists is not null && IsBareInitial(text, tokens, i, starts[s], starts[s + 1]))
                {
                    // "B Kay", "A Hazell" in a line-up: read as the initial "B." that the training data writes with a full stop.
                    Span<char> initial = [token[0], '.'];
                    atoms[i] = TokenAtoms.Compute(initial);
                    continue;
                }

                atoms[i] = TokenAtoms.Compute(n > 0 ? recased[..n] : token);
            }
        }

        var doc = new NerDocument(atoms, tokens.Count, [.. starts], Model.Gazetteer, Model.CaseLexicon, lexicon is null ? null : headlines, Model.NameLists, Model.Clusters, workspace);
        float[] margins = ArrayPool<float>.Shared.Rent(tokens.Count);
        try
        {
            var labels = Model.Tag(doc, margins);
            var result = new List<NamedEntitySpan>();
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                int start = doc.SentenceStarts[s];
                foreach (var e in NerLabels.Decode(labels.AsSpan(start, doc.SentenceStarts[s + 1] - start)))
                {
                    var first = tokens[start + e.Start];
                    var last = tokens[start + e.End - 1];
                    float margin = NerTrainer.EntityMargin(margins.AsSpan(start + e.Start, e.End - e.Start));
                    result.Add(new NamedEntitySpan(TextSpan.FromBounds(first.Start, last.End), NerLabels.ToEntityType(e.Type), Model.Confidence(margin)));
                }
            }

            return result;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(margins);
        }
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a single capital letter written without a full stop before a capitalized word
    /// of the same sentence (<c>B Kay</c>, <c>A Hazell</c> in a sports line-up), an initial as CoNLL-2003 writes it with a
    /// full stop (<c>B.</c>, 264 tokens in <c>train.txt</c>; without one, 4). A sentence's first <c>A</c> or <c>I</c> is
    /// the article or the pronoun and is read as written.
    /// </summary>
    internal static bool IsBareInitial(string text, List<Token> tokens, int i, int start, int end)
    {
        if (tokens[i].Length != 1 || i + 1 >= end)
        {
            return false;
        }

        char c = text[tokens[i].Start];
        if (!char.IsAsciiLetterUpper(c) || (i == start && c is 'A' or 'I'))
        {
            return false;
        }

        var next = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
        return next.Length >= 2 && char.IsUpper(next[0]) && next[1..].ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// Whether a segment is a headline in title case ("Anthropic Backs Apache with $1.5M", "Money on the Line"): no final
    /// period, at least three capitalized words or two and a function word, and no lower-case word longer than four
    /// letters (short function words stay lower case).
    /// Such a line is truecased before tagging: each capitalized word, the first included, that the training data mostly
    /// writes in lower case (<see cref="NerModel.CaseLexicon"/>) is read in lower case, unless the rest of the document
    /// mostly capitalizes it, as is a word that the rest of the document mostly writes in lower case; unknown words, names,
    /// acronyms (<c>GPU</c>), mixed-case words (<c>KubeVirt</c>) and designators after a capitalized word (<c>Dairy</c>)
    /// stay as written, so the capitals left mark names as in ordinary sentences, and the first word is read as at an
    /// ordinary position (a capitalized "Rafay" opening "Rafay Powers …" is a name, "Researchers" is read "researchers"). A model without a case lexicon (format version 1) reads the line as if written in capitals,
    /// like the CoNLL-2003 headlines, so that its case says nothing.
    /// </summary>
    internal static bool IsTitleCaseHeadline(string text, List<Token> tokens, int start, int end)
    {
        int capitalized = 0, functionWords = 0;
        for (int i = start; i < end; i++)
        {
            var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!char.IsLetter(token[0]))
            {
                continue;
            }

            if (char.IsUpper(token[0]))
            {
                capitalized++;
            }
            else if (token.Length > 4)
            {
                return false;
            }
            else
            {
                functionWords++;
            }
        }

        return (capitalized >= 3 || (capitalized == 2 && functionWords > 0)) && text[tokens[end - 1].Start] != '.';
    }

    private bool StartsKnownName(string text, List<Token> tokens, int start, int end)
    {
        Span<TokenAtoms> atoms = stackalloc TokenAtoms[NerGazetteer.MaxNameLength];
        int n = Math.Min(end - start, atoms.Length);
        for (int k = 0; k < n; k++)
        {
            atoms[k] = TokenAtoms.Compute(text.AsSpan(tokens[start + k].Start, tokens[start + k].Length));
        }

        return Model.Gazetteer.StartsName(atoms[..n]);
    }

    /// <summary>
    /// The form of a headline word to tag: lower case when the rest of the document mostly writes it in lower case, or,
    /// where the document does not say, when the training data (<paramref name="lexicon"/>) does; else 0 (the word as
    /// written). A word the document mostly capitalizes (<c>Foundation</c> of a name) stays capitalized.
    /// </summary>
    private static int TrueCase(NerCaseLexicon lexicon, Dictionary<ulong, int> documentCase, ReadOnlySpan<char> token, Span<char> recased)
    {
        if (!NerCaseLexicon.IsCapitalizedWord(token))
        {
            return 0;
        }

        int n = token.ToLowerInvariant(recased);
        int inDocument = documentCase.GetValueOrDefault(FeatureHash.Of(recased[..n]));
        return inDocument < 0 ? 0 : inDocument > 0 ? n : lexicon.TrueCase(token, recased);
    }

    /// <summary>
    /// For each word of the document's ordinary segments (not headlines), by hash of its lower case: how many more times
    /// it is written in lower case than capitalized, after the first word of a segment.
    /// </summary>
    private static Dictionary<ulong, int> DocumentCase(string text, List<Token> tokens, List<int> starts, bool[] headlines)
    {
        var counts = new Dictionary<ulong, int>();
        Span<char> lower = stackalloc char[64];
        for (int s = 0; s < headlines.Length; s++)
        {
            if (headlines[s])
            {
                continue;
            }

            for (int i = starts[s] + 1; i < starts[s + 1]; i++)
            {
                var token = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (token.Length > lower.Length || !char.IsLetter(token[0]))
                {
                    continue;
                }

                bool capitalized = NerCaseLexicon.IsCapitalizedWord(token);
                if (!capitalized && !char.IsLower(token[0]))
                {
                    continue;
                }

                int n = token.ToLowerInvariant(lower);
                if (!capitalized && !lower[..n].SequenceEqual(token))
                {
                    continue;
                }

                ref int count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, FeatureHash.Of(lower[..n]), out _);
                count += capitalized ? -1 : 1;
            }
        }

        return counts;
    }

    // The CoNLL data split possessives off ("Anthropic 's"); a tokenizer that keeps them on the word gets them split here.
    internal static void AddTokens(string text, TextSpan segment, List<Token> tokens)
    {
        foreach (var t in Tokenizer.Tokenize(segment.Slice(text)))
        {
            Add(text, new Token(segment.Start + t.Start, t.Length, t.Kind), tokens);
        }
    }

    /// <summary><see cref="AddTokens(string, TextSpan, List{Token})"/> from a segment's tokens already at hand (offsets into <paramref name="text"/>).</summary>
    internal static void AddTokens(string text, ReadOnlySpan<Token> segmentTokens, List<Token> tokens)
    {
        foreach (var t in segmentTokens)
        {
            Add(text, t, tokens);
        }
    }

    private static void Add(string text, Token t, List<Token> tokens)
    {
        int start = t.Start;
        if (t.Kind == TokenKind.Word && t.Length > 2 && text[start + t.Length - 1] is 's' or 'S'
            && text[start + t.Length - 2] is '\'' or '’' && char.IsLetter(text[start + t.Length - 3]))
        {
            tokens.Add(new Token(start, t.Length - 2, TokenKind.Word));
            tokens.Add(new Token(start + t.Length - 2, 2, TokenKind.Word));
            return;
        }

        tokens.Add(t);
    }

    private static NamedEntityTagger LoadDefault()
    {
        string resource = "TextInsight.Models." + DefaultModelName;
        using var stream = typeof(NamedEntityTagger).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in entity model {resource} is missing from the assembly.");
        return Load(stream);
    }
}
