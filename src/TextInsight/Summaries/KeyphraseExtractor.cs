using System.Runtime.InteropServices;
using TextInsight.Entities;
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
    private const int MaxWords = 4;
    private const double Damping = 0.85;

    /// <summary>Words that never start or end a phrase: generic news filler on top of <see cref="EnglishStopwords"/>.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "year", "years", "new", "time", "times", "way", "lot", "lots", "thing", "things",
        "mr", "mrs", "ms", "dr", "today", "yesterday", "tomorrow", "week", "weeks", "month", "months", "day", "days",
        "percent", "cent", "per", "including", "according", "whose", "good", "bad", "big", "great", "high", "low",
    };

    /// <summary>Words of site chrome; a phrase made only of these (and stopwords) is never a key phrase.</summary>
    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.Ordinal)
    {
        "previous", "next", "article", "articles", "read", "more", "click", "here", "share", "shares", "subscribe",
        "newsletter", "advertisement", "advert", "ad", "ads", "cookie", "cookies", "sign", "login", "log", "comment",
        "comments", "related", "copyright", "rights", "reserved", "privacy", "policy", "terms", "menu", "home",
        "page", "follow", "email", "print", "story", "stories", "video", "photo", "image", "caption", "sponsored",
        "continue", "reading", "top", "back", "skip", "content", "search", "facebook", "twitter", "linkedin",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = Filler.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A shared instance.</summary>
    public static KeyphraseExtractor Default { get; } = new();

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
        if (max == 0)
        {
            return [];
        }

        string text = structure.Text;
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var graph = new WordGraph();
        var scratch = new Scratch(candidates);
        if (structure.Title is { } title)
        {
            Collect(text, title, Zone.Title, scratch, graph);
        }

        foreach (var section in structure.Sections)
        {
            if (section.Heading is { } heading)
            {
                Collect(text, heading, Zone.Heading, scratch, graph);
            }
        }

        foreach (var sentence in bodySentences)
        {
            if (structure.ZoneAt(sentence.Start) is Zone.Body or null)
            {
                Collect(text, sentence, Zone.Body, scratch, graph);
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        var wordWeights = graph.Rank();
        var salience = EntitySalienceByKey(entities);
        var scored = new List<(Candidate Candidate, double Score)>(candidates.Count);
        foreach (var c in candidates.Values)
        {
            double entitySalience = salience.GetValueOrDefault(c.Key, -1);
            if (!IsCandidate(c, entitySalience >= 0))
            {
                continue;
            }

            double mean = 0;
            foreach (var w in c.Words)
            {
                mean += wordWeights.GetValueOrDefault(w);
            }

            mean /= c.Words.Length;
            double position = 1 + (0.5 * (1 - ((double)c.FirstStart / Math.Max(1, text.Length))));
            double zones = (c.InTitle ? 1.5 : 1) * (c.InHeading ? 1.25 : 1);
            double shape = c.Words.Length switch { 1 => 0.6, 2 => 1.0, _ => 1.1 };
            double once = c.Count > 1 ? 1 : 0.5;
            double entity = 1 + Math.Max(0, entitySalience);
            double score = mean * (1 + Math.Log(c.Count)) * position * zones * shape * once * entity;
            scored.Add((c, score));
        }

        scored.Sort((a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : a.Candidate.FirstStart.CompareTo(b.Candidate.FirstStart);
        });

        var result = new List<Keyphrase>(Math.Min(max, scored.Count));
        var kept = new List<Candidate>();
        double top = 0;
        foreach (var (c, score) in scored)
        {
            if (result.Count == max)
            {
                break;
            }

            if (IsShadowed(c, candidates))
            {
                continue;
            }

            if (top == 0)
            {
                top = score;
            }

            kept.Add(c);
            result.Add(new Keyphrase(c.BestSurface(), top > 0 ? Math.Clamp(score / top, 0, 1) : 0));
        }

        return result;
    }

    /// <summary>
    /// A phrase must be written in the body (titles and headings capitalize every word, so their verbs would pass for
    /// names), unless it names a linked entity; and it must hold a content word.
    /// </summary>
    private static bool IsCandidate(Candidate c, bool namesEntity)
        => (namesEntity || (c.Eligible && c.BodyCount > 0)) && !c.AllBoilerplate;

    /// <summary>
    /// Whether every occurrence of <paramref name="c"/> lies inside one longer candidate (<c>Software Foundation</c>
    /// inside <c>Apache Software Foundation</c>): then the longer phrase stands for it.
    /// </summary>
    private static bool IsShadowed(Candidate c, Dictionary<string, Candidate> candidates)
    {
        foreach (var parent in c.Parents)
        {
            if (candidates.TryGetValue(parent, out var p) && p.Eligible && p.BodyCount > 0 && !p.AllBoilerplate && p.Count >= c.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, double> EntitySalienceByKey(EntityAnalysis entities)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var e in entities.Entities)
        {
            AddEntityKey(result, e.Name, e.Salience);
            foreach (var alias in e.Aliases)
            {
                AddEntityKey(result, alias, e.Salience);
            }
        }

        return result;
    }

    private static void AddEntityKey(Dictionary<string, double> keys, string name, double salience)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(name))
        {
            if (token.Kind == TokenKind.Word)
            {
                AddKeyWords(name.AsSpan(token.Start, token.Length), words);
            }
        }

        if (words.Count > 0)
        {
            string key = string.Join(' ', words);
            keys[key] = Math.Max(keys.GetValueOrDefault(key), salience);
        }
    }

    /// <summary>Adds the candidates of one title, heading or sentence, and the adjacency of its words to the graph.</summary>
    private static void Collect(string text, TextSpan span, Zone zone, Scratch scratch, WordGraph graph)
    {
        var slice = span.Slice(text);
        var run = scratch.Run;
        bool sentenceStart = true;
        foreach (var token in Tokenizer.Tokenize(slice))
        {
            bool isStart = sentenceStart;
            sentenceStart = false;
            var raw = slice.Slice(token.Start, token.Length);
            if (token.Kind != TokenKind.Word || IsBreak(raw))
            {
                Flush(text, span.Start, zone, scratch, graph);
                continue;
            }

            var possessive = StripPossessive(raw, out var word);
            int keyStart = scratch.RunKeys.Count;
            AddKeyWords(word, scratch.RunKeys, scratch.Words);
            if (scratch.RunKeys.Count == keyStart)
            {
                Flush(text, span.Start, zone, scratch, graph);
                continue;
            }

            bool capitalized = char.IsUpper(word[0]);
            bool acronym = word.Length >= 2 && IsAllUpper(word);
            // A capital says "name" only inside a body sentence; at a sentence start or in a title-cased line it says nothing.
            int nameVote = acronym || (capitalized && !isStart && zone == Zone.Body) ? 1 : capitalized ? 0 : -1;
            run.Add(new RunWord(token.Start, token.Start + word.Length, keyStart, scratch.RunKeys.Count - keyStart, nameVote));
            if (possessive)
            {
                // "Anthropic’s contribution": the owner ends a phrase.
                Flush(text, span.Start, zone, scratch, graph);
            }
        }

        Flush(text, span.Start, zone, scratch, graph);
    }

    private static void Flush(string text, int offset, Zone zone, Scratch scratch, WordGraph graph)
    {
        var run = scratch.Run;
        if (run.Count == 0)
        {
            return;
        }

        // The run's key words, word after word, are scratch.RunKeys.
        var flat = scratch.RunKeys;
        foreach (var w in flat)
        {
            graph.Count(w);
        }

        for (int k = 1; k < flat.Count; k++)
        {
            graph.Link(flat[k - 1], flat[k]);
        }

        if (flat.Count == 1)
        {
            graph.Touch(flat[0]);
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
                    string keyString = key.ToString();
                    c = new Candidate(keyString, [.. keys], offset + run[i].Start);
                    scratch.Candidates[keyString] = c;
                }

                int start = offset + run[i].Start;
                int end = offset + run[j].End;
                c.Add(text.AsSpan(start, end - start), zone, start);
                if (i != j || (keys.Count > 1 && !HasFillerPart(keys)))
                {
                    // A lone compound counts only when each part carries content ("cloud-native", not "full-year").
                    c.MultiWord = true;
                }
                else
                {
                    c.NameVotes += run[i].NameVote;
                }

                // Remember the phrases one word longer on each side, to drop a phrase that never stands alone.
                if (i > 0)
                {
                    c.AddParent(scratch.Join(scratch.KeysOf(run[i - 1]), CollectionsMarshal.AsSpan(keys)));
                }

                if (j < run.Count - 1)
                {
                    c.AddParent(scratch.Join(CollectionsMarshal.AsSpan(keys), scratch.KeysOf(run[j + 1])));
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

    private static bool IsBreak(ReadOnlySpan<char> raw)
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
        return lower.Length > 5 && lower.EndsWith("ly") && !char.IsUpper(raw[0]);
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
    /// <param name="words">The words already made in this extraction, so that each is allocated once; null to allocate every time.</param>
    private static void AddKeyWords(ReadOnlySpan<char> word, List<string> keys, WordInterner? words = null)
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
                keys.Add(words is null ? new string(buffer[..n]) : words.Get(buffer[..n]));
            }
        }
    }

    /// <summary>A word of a run: where it is, where its key words are in <see cref="Scratch.RunKeys"/>, and its name vote.</summary>
    private readonly record struct RunWord(int Start, int End, int KeyStart, int KeyCount, int NameVote);

    /// <summary>Strings made once per extraction: each distinct key word is allocated once.</summary>
    private sealed class WordInterner
    {
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public WordInterner() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> word)
        {
            if (_lookup.TryGetValue(word, out var existing))
            {
                return existing;
            }

            string made = word.ToString();
            _words.Add(made);
            return made;
        }
    }

    /// <summary>
    /// The buffers of one extraction, reused from run to run, so that a phrase's key, a parent's key and a surface form
    /// are looked up as characters and become strings only when they are new.
    /// </summary>
    private sealed class Scratch(Dictionary<string, Candidate> candidates)
    {
        private char[] _buffer = new char[128];

        public Dictionary<string, Candidate> Candidates { get; } = candidates;

        public Dictionary<string, Candidate>.AlternateLookup<ReadOnlySpan<char>> CandidateLookup { get; } = candidates.GetAlternateLookup<ReadOnlySpan<char>>();

        public WordInterner Words { get; } = new();

        public List<RunWord> Run { get; } = [];

        /// <summary>The key words of the words of <see cref="Run"/>, in order.</summary>
        public List<string> RunKeys { get; } = [];

        public List<string> Keys { get; } = [];

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

    /// <summary>One normalized phrase and what is known of its occurrences.</summary>
    private sealed class Candidate(string key, string[] words, int firstStart)
    {
        // Most phrases are written one way and have a parent or two: the first form is kept inline, and the tables are made
        // only when needed (the extraction of a 600-word article makes a few hundred candidates).
        private string? _firstSurface;
        private (int Count, int First, bool Body) _firstInfo;
        private Dictionary<string, (int Count, int First, bool Body)>? _surfaces;
        private Dictionary<string, (int Count, int First, bool Body)>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
        private HashSet<string>? _parents;
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _parentLookup;

        public string Key { get; } = key;

        public string[] Words { get; } = words;

        public int FirstStart { get; private set; } = firstStart;

        public int Count { get; private set; }

        public int BodyCount { get; private set; }

        public bool InTitle { get; private set; }

        public bool InHeading { get; private set; }

        public bool MultiWord { get; set; }

        /// <summary>Occurrences written as a name (capitalized inside a sentence, or an acronym) minus the others.</summary>
        public int NameVotes { get; set; }

        /// <summary>Several words, or one word written mostly as a name: a lone common word is no key phrase.</summary>
        public bool Eligible => MultiWord || NameVotes > 0;

        public IEnumerable<string> Parents => _parents ?? [];

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

        public void AddParent(ReadOnlySpan<char> parent)
        {
            if (_parents is null)
            {
                _parents = new HashSet<string>(StringComparer.Ordinal);
                _parentLookup = _parents.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            _parentLookup.Add(parent);
        }

        public void Add(ReadOnlySpan<char> surface, Zone zone, int start)
        {
            Count++;
            if (zone == Zone.Body)
            {
                BodyCount++;
            }

            FirstStart = Math.Min(FirstStart, start);
            InTitle |= zone == Zone.Title;
            InHeading |= zone == Zone.Heading;
            if (_firstSurface is null)
            {
                _firstSurface = surface.ToString();
                _firstInfo = (1, start, zone == Zone.Body);
                return;
            }

            if (surface.SequenceEqual(_firstSurface))
            {
                _firstInfo = (_firstInfo.Count + 1, Math.Min(_firstInfo.First, start), _firstInfo.Body || zone == Zone.Body);
                return;
            }

            if (_surfaces is null)
            {
                _surfaces = new Dictionary<string, (int Count, int First, bool Body)>(StringComparer.Ordinal);
                _surfaceLookup = _surfaces.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            var (count, first, body) = _surfaceLookup.TryGetValue(surface, out var known) ? known : (0, start, false);
            _surfaceLookup[surface] = (count + 1, Math.Min(first, start), body || zone == Zone.Body);
        }

        /// <summary>The form the body writes most often (titles and headings capitalize every word); the earliest on a tie.</summary>
        public string BestSurface()
        {
            string best = Key;
            (int Count, int First, bool Body) bestInfo = (-1, int.MaxValue, false);
            if (_firstSurface is null)
            {
                return best;
            }

            // The first form, then the others in the order they were first written.
            Consider(_firstSurface, _firstInfo, ref best, ref bestInfo);
            foreach (var (surface, info) in _surfaces ?? [])
            {
                Consider(surface, info, ref best, ref bestInfo);
            }

            return best;
        }

        private static void Consider(string surface, (int Count, int First, bool Body) info, ref string best, ref (int Count, int First, bool Body) bestInfo)
        {
            bool better = info.Body != bestInfo.Body ? info.Body
                : info.Count != bestInfo.Count ? info.Count > bestInfo.Count
                : info.First < bestInfo.First;
            if (better)
            {
                best = surface;
                bestInfo = info;
            }
        }
    }

    /// <summary>An undirected graph of the words that stand next to each other in a candidate run.</summary>
    /// <remarks>
    /// Words are numbered in the order they join the graph, and each edge is kept once with its count, in the order it was
    /// made: the ranking walks every word's neighbours in that order, so its sums are those of a table per word, without
    /// a table per word.
    /// </remarks>
    private sealed class WordGraph
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];
        private readonly Dictionary<long, int> _edgeOf = [];
        private readonly List<(int A, int B, int Count)> _edges = [];
        private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);

        public void Touch(string word) => IndexOf(word);

        public void Link(string a, string b)
        {
            if (a == b)
            {
                Touch(a);
                return;
            }

            int x = IndexOf(a), y = IndexOf(b);
            long key = ((long)Math.Min(x, y) << 32) | (uint)Math.Max(x, y);
            ref int edge = ref CollectionsMarshal.GetValueRefOrAddDefault(_edgeOf, key, out bool exists);
            if (!exists)
            {
                edge = _edges.Count;
                _edges.Add((x, y, 0));
            }

            var e = _edges[edge];
            _edges[edge] = e with { Count = e.Count + 1 };
        }

        public void Count(string word) => _frequency[word] = _frequency.GetValueOrDefault(word) + 1;

        private int IndexOf(string word)
        {
            ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, word, out bool exists);
            if (!exists)
            {
                index = _words.Count;
                _words.Add(word);
            }

            return index;
        }

        /// <summary>
        /// The weight of every word: the mean of its PageRank and of its frequency, each scaled to a maximum of 1, so that
        /// a name that stands among stopwords ("the ASF") still counts by how often it is written.
        /// </summary>
        public Dictionary<string, double> Rank()
        {
            var words = _words;
            int n = words.Count;

            // Each word's neighbours with their counts, in the order the edges were made.
            var start = new int[n + 1];
            foreach (var (a, b, _) in _edges)
            {
                start[a + 1]++;
                start[b + 1]++;
            }

            for (int i = 0; i < n; i++)
            {
                start[i + 1] += start[i];
            }

            var neighbour = new int[start[n]];
            var weight = new int[start[n]];
            var fill = start[..n];
            foreach (var (a, b, count) in _edges)
            {
                neighbour[fill[a]] = b;
                weight[fill[a]++] = count;
                neighbour[fill[b]] = a;
                weight[fill[b]++] = count;
            }

            var outWeight = new double[n];
            for (int i = 0; i < n; i++)
            {
                for (int k = start[i]; k < start[i + 1]; k++)
                {
                    outWeight[i] += weight[k];
                }
            }

            var rank = new double[n];
            var next = new double[n];
            Array.Fill(rank, 1.0 / Math.Max(1, n));
            for (int iteration = 0; iteration < 50; iteration++)
            {
                double dangling = 0;
                for (int i = 0; i < n; i++)
                {
                    if (outWeight[i] == 0)
                    {
                        dangling += rank[i];
                    }
                }

                double share = ((1 - Damping) / n) + (Damping * dangling / n);
                Array.Fill(next, share);
                for (int i = 0; i < n; i++)
                {
                    if (outWeight[i] == 0)
                    {
                        continue;
                    }

                    for (int k = start[i]; k < start[i + 1]; k++)
                    {
                        next[neighbour[k]] += Damping * rank[i] * weight[k] / outWeight[i];
                    }
                }

                double delta = 0;
                for (int i = 0; i < n; i++)
                {
                    delta += Math.Abs(next[i] - rank[i]);
                }

                (rank, next) = (next, rank);
                if (delta < 1e-6)
                {
                    break;
                }
            }

            double max = 0;
            foreach (double r in rank)
            {
                max = Math.Max(max, r);
            }

            int maxFrequency = 1;
            foreach (int f in _frequency.Values)
            {
                maxFrequency = Math.Max(maxFrequency, f);
            }

            var result = new Dictionary<string, double>(n, StringComparer.Ordinal);
            for (int i = 0; i < n; i++)
            {
                double pageRank = max > 0 ? rank[i] / max : 0;
                result[words[i]] = 0.5 * (pageRank + ((double)_frequency.GetValueOrDefault(words[i]) / maxFrequency));
            }

            return result;
        }
    }
}
