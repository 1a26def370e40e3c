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
        if (structure.Title is { } title)
        {
            Collect(text, title, Zone.Title, candidates, graph);
        }

        foreach (var section in structure.Sections)
        {
            if (section.Heading is { } heading)
            {
                Collect(text, heading, Zone.Heading, candidates, graph);
            }
        }

        foreach (var sentence in bodySentences)
        {
            if (structure.ZoneAt(sentence.Start) is Zone.Body or null)
            {
                Collect(text, sentence, Zone.Body, candidates, graph);
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
    private static void Collect(string text, TextSpan span, Zone zone, Dictionary<string, Candidate> candidates, WordGraph graph)
    {
        var slice = span.Slice(text);
        var run = new List<RunWord>();
        bool sentenceStart = true;
        foreach (var token in Tokenizer.Tokenize(slice))
        {
            bool isStart = sentenceStart;
            sentenceStart = false;
            var raw = slice.Slice(token.Start, token.Length);
            if (token.Kind != TokenKind.Word || IsBreak(raw))
            {
                Flush(text, span.Start, run, zone, candidates, graph);
                continue;
            }

            var possessive = StripPossessive(raw, out var word);
            var keyWords = new List<string>(2);
            AddKeyWords(word, keyWords);
            if (keyWords.Count == 0)
            {
                Flush(text, span.Start, run, zone, candidates, graph);
                continue;
            }

            bool capitalized = char.IsUpper(word[0]);
            bool acronym = word.Length >= 2 && IsAllUpper(word);
            // A capital says "name" only inside a body sentence; at a sentence start or in a title-cased line it says nothing.
            int nameVote = acronym || (capitalized && !isStart && zone == Zone.Body) ? 1 : capitalized ? 0 : -1;
            run.Add(new RunWord(token.Start, token.Start + word.Length, keyWords, nameVote));
            if (possessive)
            {
                // "Anthropic’s contribution": the owner ends a phrase.
                Flush(text, span.Start, run, zone, candidates, graph);
            }
        }

        Flush(text, span.Start, run, zone, candidates, graph);
    }

    private static void Flush(string text, int offset, List<RunWord> run, Zone zone, Dictionary<string, Candidate> candidates, WordGraph graph)
    {
        if (run.Count == 0)
        {
            return;
        }

        var flat = new List<string>();
        foreach (var w in run)
        {
            flat.AddRange(w.Keys);
        }

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

        for (int i = 0; i < run.Count; i++)
        {
            var keys = new List<string>();
            for (int j = i; j < run.Count; j++)
            {
                keys.AddRange(run[j].Keys);
                if (keys.Count > MaxWords)
                {
                    break;
                }

                string key = string.Join(' ', keys);
                if (!candidates.TryGetValue(key, out var c))
                {
                    c = new Candidate(key, [.. keys], offset + run[i].Start);
                    candidates[key] = c;
                }

                int start = offset + run[i].Start;
                int end = offset + run[j].End;
                c.Add(text.Substring(start, end - start), zone, start);
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
                    c.AddParent(string.Join(' ', run[i - 1].Keys) + " " + key);
                }

                if (j < run.Count - 1)
                {
                    c.AddParent(key + " " + string.Join(' ', run[j + 1].Keys));
                }
            }
        }

        run.Clear();
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
    private static void AddKeyWords(ReadOnlySpan<char> word, List<string> keys)
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
                keys.Add(new string(buffer[..n]));
            }
        }
    }

    private readonly record struct RunWord(int Start, int End, List<string> Keys, int NameVote);

    /// <summary>One normalized phrase and what is known of its occurrences.</summary>
    private sealed class Candidate(string key, string[] words, int firstStart)
    {
        private readonly Dictionary<string, (int Count, int First, bool Body)> _surfaces = new(StringComparer.Ordinal);
        private readonly HashSet<string> _parents = new(StringComparer.Ordinal);

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

        public IEnumerable<string> Parents => _parents;

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

        public void AddParent(string parent) => _parents.Add(parent);

        public void Add(string surface, Zone zone, int start)
        {
            Count++;
            if (zone == Zone.Body)
            {
                BodyCount++;
            }

            FirstStart = Math.Min(FirstStart, start);
            InTitle |= zone == Zone.Title;
            InHeading |= zone == Zone.Heading;
            var (count, first, body) = _surfaces.GetValueOrDefault(surface, (0, start, false));
            _surfaces[surface] = (count + 1, Math.Min(first, start), body || zone == Zone.Body);
        }

        /// <summary>The form the body writes most often (titles and headings capitalize every word); the earliest on a tie.</summary>
        public string BestSurface()
        {
            string best = Key;
            (int Count, int First, bool Body) bestInfo = (-1, int.MaxValue, false);
            foreach (var (surface, info) in _surfaces)
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

            return best;
        }
    }

    /// <summary>An undirected graph of the words that stand next to each other in a candidate run.</summary>
    private sealed class WordGraph
    {
        private readonly Dictionary<string, Dictionary<string, int>> _edges = new(StringComparer.Ordinal);

        public void Touch(string word)
        {
            if (!_edges.ContainsKey(word))
            {
                _edges[word] = new Dictionary<string, int>(StringComparer.Ordinal);
            }
        }

        public void Link(string a, string b)
        {
            if (a == b)
            {
                Touch(a);
                return;
            }

            Touch(a);
            Touch(b);
            _edges[a][b] = _edges[a].GetValueOrDefault(b) + 1;
            _edges[b][a] = _edges[b].GetValueOrDefault(a) + 1;
        }

        private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);

        public void Count(string word) => _frequency[word] = _frequency.GetValueOrDefault(word) + 1;

        /// <summary>
        /// The weight of every word: the mean of its PageRank and of its frequency, each scaled to a maximum of 1, so that
        /// a name that stands among stopwords ("the ASF") still counts by how often it is written.
        /// </summary>
        public Dictionary<string, double> Rank()
        {
            var words = new List<string>(_edges.Keys);
            int n = words.Count;
            var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
            for (int i = 0; i < n; i++)
            {
                index[words[i]] = i;
            }

            var outWeight = new double[n];
            for (int i = 0; i < n; i++)
            {
                foreach (var w in _edges[words[i]].Values)
                {
                    outWeight[i] += w;
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

                    foreach (var (neighbour, w) in _edges[words[i]])
                    {
                        next[index[neighbour]] += Damping * rank[i] * w / outWeight[i];
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
