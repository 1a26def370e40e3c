using System.Buffers;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight;

/// <summary>
/// One article while it is being analyzed: the text, its structure, one array of tokens built once, and the layers the
/// components add (entities, topics, summary, key phrases, and any a custom component sets). Every
/// <see cref="IArticleComponent"/> reads and writes it; <see cref="TextAnalyzer"/> turns it into an immutable
/// <see cref="ArticleAnalysis"/> at the end.
/// </summary>
/// <remarks>
/// <para>Like spaCy's <c>Doc</c>: the text is held once and everything is a span over it. The tokens are those of the
/// <see cref="Segments"/> (the title, each heading, each body sentence and each sentence of the boilerplate blocks), each
/// segment tokenized once by <see cref="Tokenizer"/>, with offsets into <see cref="Text"/>; the stages read them instead of
/// tokenizing again.</para>
/// <para>A document belongs to one analysis on one thread and is not thread-safe. Its token array is pooled: it is
/// returned when the analysis ends, after which <see cref="Tokens"/> throws.</para>
/// </remarks>
public sealed class ArticleDocument
{
    private static readonly Comparison<TextSpan> ByStart = static (a, b) => a.Start.CompareTo(b.Start);

    private Token[] _tokens = [];
    private int _tokenCount;
    private int[] _segmentStarts = [0];
    private TextSpan[] _segments = [];
    private int[] _sentenceSegments = [];
    private IReadOnlyList<TextSpan> _sentences = [];
    private Dictionary<string, object>? _layers;
    private string? _body;
    private bool _tokenized;
    private bool _released;

    internal ArticleDocument(ArticleStructure structure, string? source, DocumentFormat format)
    {
        Structure = structure;
        Source = source;
        Format = format;
    }

    /// <summary>The analyzed text (for HTML input, the text extracted from the page). Every span and token indexes it.</summary>
    public string Text => Structure.Text;

    /// <summary>Where the document came from, if known.</summary>
    public string? Source { get; }

    /// <summary>How the input was written.</summary>
    public DocumentFormat Format { get; }

    /// <summary>The structure: title, sections, paragraphs, boilerplate and metadata. Always present.</summary>
    public ArticleStructure Structure { get; }

    /// <summary>The body text: the paragraphs of the main text joined by blank lines (computed once).</summary>
    public string Body => _body ??= Structure.GetBody();

    /// <summary>Whether the sentences, segments and tokens are there (the <see cref="ArticleLayers.Tokens"/> layer).</summary>
    public bool HasTokens => _tokenized;

    /// <summary>The sentences of the body paragraphs, in order; empty until the sentences component has run.</summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences;

    /// <summary>
    /// The tokenized segments in text order, not overlapping: the title, each heading, each body sentence and each sentence
    /// of the boilerplate blocks. Empty until the sentences component has run.
    /// </summary>
    public IReadOnlyList<TextSpan> Segments => _segments;

    /// <summary>The tokens of every segment, in order, with offsets into <see cref="Text"/>.</summary>
    /// <exception cref="ObjectDisposedException">The analysis has ended and the array was returned to its pool.</exception>
    public ReadOnlySpan<Token> Tokens
    {
        get
        {
            ObjectDisposedException.ThrowIf(_released, this);
            return _tokens.AsSpan(0, _tokenCount);
        }
    }

    /// <summary>The entities; empty until the entities component has run (or when it is not in the pipeline).</summary>
    public EntityAnalysis Entities { get; set => field = value ?? throw new ArgumentNullException(nameof(value)); } = EntityAnalysis.Empty;

    /// <summary>The topic scores, best first; empty until the topics component has run.</summary>
    public IReadOnlyList<TopicScore> Topics { get; set => field = value ?? throw new ArgumentNullException(nameof(value)); } = [];

    /// <summary>The summary; empty until the summary component has run.</summary>
    public Summary Summary { get; set => field = value ?? throw new ArgumentNullException(nameof(value)); } = Summary.Empty;

    /// <summary>The key phrases, best first; empty until the key-phrase component has run.</summary>
    public IReadOnlyList<Keyphrase> Keyphrases { get; set => field = value ?? throw new ArgumentNullException(nameof(value)); } = [];

    /// <summary>The layers custom components have set, by name (the built-in layers have their own properties).</summary>
    public IReadOnlyDictionary<string, object> Layers => _layers is null ? ReadOnlyDictionary<string, object>.Empty : _layers.AsReadOnly();

    /// <summary>The tokens of segment <paramref name="segment"/> (an index into <see cref="Segments"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="segment"/> is not the index of a segment.</exception>
    public ReadOnlySpan<Token> GetSegmentTokens(int segment)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(segment);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(segment, _segments.Length);
        int start = _segmentStarts[segment];
        return Tokens[start.._segmentStarts[segment + 1]];
    }

    /// <summary>The tokens of body sentence <paramref name="sentence"/> (an index into <see cref="Sentences"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is not the index of a sentence.</exception>
    public ReadOnlySpan<Token> GetSentenceTokens(int sentence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentence, _sentences.Count);
        int segment = _tokenized ? _sentenceSegments[sentence] : -1;
        return segment >= 0 ? GetSegmentTokens(segment) : TokenizeApart(_sentences[sentence]);
    }

    /// <summary>Sets a custom layer (for a component of your own); a later set with the same name replaces it.</summary>
    /// <param name="name">The layer's name, as the component declares it in <see cref="IArticleComponent.Assigns"/>.</param>
    /// <param name="value">The layer.</param>
    public void SetLayer(string name, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        (_layers ??= new Dictionary<string, object>(StringComparer.Ordinal))[name] = value;
    }

    /// <summary>Gets a custom layer by name.</summary>
    /// <returns>Whether a layer of that name and type is set.</returns>
    public bool TryGetLayer<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_layers is not null && _layers.TryGetValue(name, out var o) && o is T t)
        {
            value = t;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// A document over <paramref name="structure"/> with <paramref name="sentences"/> as its body sentences: what the
    /// stages' own public methods build when called without a pipeline. With <paramref name="tokenize"/>, its segments are
    /// tokenized at once; without, <see cref="TokensOf"/> tokenizes each span it is asked for.
    /// </summary>
    internal static ArticleDocument Create(ArticleStructure structure, IReadOnlyList<TextSpan> sentences, bool tokenize = true, string? source = null)
    {
        var doc = new ArticleDocument(structure, source, DocumentFormat.PlainText);
        if (tokenize)
        {
            doc.SetSentences(sentences, CancellationToken.None);
        }
        else
        {
            doc._sentences = sentences;
        }

        return doc;
    }

    /// <summary>
    /// The tokens of <paramref name="span"/>: a segment's own tokens when it is one, else the span tokenized apart (a rare
    /// path: a sentence handed in that is no segment). Offsets index <see cref="Text"/>.
    /// </summary>
    internal ReadOnlySpan<Token> TokensOf(TextSpan span)
    {
        int i = Array.BinarySearch(_segments, span, SpanStartComparer.Instance);
        return i >= 0 && _segments[i].End == span.End ? GetSegmentTokens(i) : TokenizeApart(span);
    }

    /// <summary>
    /// Appends to <paramref name="into"/> the tokens of <c>[start, end)</c>, as tokenizing that stretch alone would give
    /// them: the document's tokens inside it, a token cut by either edge tokenized as cut, and any text between segments
    /// that is not white space (a list marker the splitter left out) tokenized apart.
    /// </summary>
    internal void TokensIn(int start, int end, List<Token> into)
    {
        var tokens = Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int position = start;
        for (int i = lo; i < tokens.Length && tokens[i].Start < end; i++)
        {
            var t = tokens[i];
            if (t.Start > position)
            {
                AddApart(position, t.Start, into);
            }

            int s = Math.Max(t.Start, start), e = Math.Min(t.End, end);
            if (s == t.Start && e == t.End)
            {
                into.Add(t);
            }
            else
            {
                AddApart(s, e, into);
            }

            position = e;
        }

        if (position < end)
        {
            AddApart(position, end, into);
        }
    }

    private void AddApart(int start, int end, List<Token> into)
    {
        var slice = Text.AsSpan(start, end - start);
        if (slice.IsWhiteSpace())
        {
            return;
        }

        foreach (var t in Tokenizer.Tokenize(slice))
        {
            into.Add(new Token(start + t.Start, t.Length, t.Kind));
        }
    }

    /// <summary>Sets the body sentences and builds the segments and their tokens, once.</summary>
    internal void SetSentences(IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_released, this);
        string text = Text;
        _sentences = sentences;
        var structure = Structure;
        var segments = new List<TextSpan>(sentences.Count + 8);
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

        foreach (var s in sentences)
        {
            if (s.Length > 0)
            {
                segments.Add(s);
            }
        }

        foreach (var block in structure.Boilerplate)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SentenceSplitter.Default.Split(block.Span.Slice(text), block.Span.Start, segments);
        }

        // Ordered and not overlapping: a span that overlaps an earlier one is left out (it cannot happen with the parsers'
        // structures, whose zones do not overlap, but a caller's may).
        segments.Sort(ByStart);
        int write = 0, end = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            if (s.Start >= end && s.End <= text.Length)
            {
                segments[write++] = s;
                end = s.End;
            }
        }

        _segments = new TextSpan[write];
        segments.CopyTo(0, _segments, 0, write);
        _segmentStarts = new int[write + 1];
        int count = 0;
        var tokens = _tokens.Length > 0 ? _tokens : ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 5));
        for (int i = 0; i < write; i++)
        {
            _segmentStarts[i] = count;
            var segment = _segments[i];
            foreach (var t in Tokenizer.Tokenize(segment.Slice(text)))
            {
                if (count == tokens.Length)
                {
                    var larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                    tokens.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<Token>.Shared.Return(tokens);
                    tokens = larger;
                }

                tokens[count++] = new Token(segment.Start + t.Start, t.Length, t.Kind);
            }
        }

        _segmentStarts[write] = count;
        _tokens = tokens;
        _tokenCount = count;

        _sentenceSegments = new int[sentences.Count];
        for (int i = 0; i < _sentenceSegments.Length; i++)
        {
            var s = sentences[i];
            int k = Array.BinarySearch(_segments, s, SpanStartComparer.Instance);
            _sentenceSegments[i] = k >= 0 && _segments[k].End == s.End ? k : -1;
        }

        _tokenized = true;
    }

    /// <summary>Returns the pooled token array; the document's tokens are gone after this.</summary>
    internal void Release()
    {
        if (!_released)
        {
            _released = true;
            if (_tokens.Length > 0)
            {
                ArrayPool<Token>.Shared.Return(_tokens);
            }

            _tokens = [];
            _tokenCount = 0;
        }
    }

    private Token[] TokenizeApart(TextSpan span)
    {
        var list = new List<Token>();
        foreach (var t in Tokenizer.Tokenize(span.Slice(Text)))
        {
            list.Add(new Token(span.Start + t.Start, t.Length, t.Kind));
        }

        return [.. list];
    }

    private sealed class SpanStartComparer : IComparer<TextSpan>
    {
        public static readonly SpanStartComparer Instance = new();

        public int Compare(TextSpan x, TextSpan y) => x.Start.CompareTo(y.Start);
    }
}
