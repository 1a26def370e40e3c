using System.Runtime.InteropServices;
using System.Text;
using TextInsight.Internals;
using TextInsight.Text;

namespace TextInsight.Summaries;

/// <summary>
/// Builds a <see cref="KeyphraseModel"/>: document frequencies of key words over background news, and the words that
/// part-of-speech tagged text (CoNLL-2003 columns: word, POS, chunk, NER) writes mostly as neither noun nor adjective,
/// or mostly as an adjective.
/// Deterministic: the same inputs give the same file.
/// </summary>
internal static class KeyphraseModelTrainer
{
    /// <summary>Builds the model.</summary>
    /// <param name="taggedFiles">CoNLL-format files whose second column is a Penn Treebank tag.</param>
    /// <param name="backgroundDocuments">The background documents, one string each.</param>
    /// <param name="minDocumentFrequency">Words in fewer documents are left out (they get the highest IDF).</param>
    /// <param name="minTagCount">A word is judged by its tags only when seen this many times.</param>
    public static KeyphraseModel Train(IEnumerable<string> taggedFiles, IEnumerable<string> backgroundDocuments, int minDocumentFrequency = 3, int minTagCount = 2)
    {
        ArgumentNullException.ThrowIfNull(taggedFiles);
        ArgumentNullException.ThrowIfNull(backgroundDocuments);
        var tags = new Dictionary<string, (int Nominal, int Other)>(StringComparer.Ordinal);
        var adjectiveTags = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in taggedFiles)
        {
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split(' ');
                if (parts.Length < 2 || parts[0] == "-DOCSTART-")
                {
                    continue;
                }

                string word = parts[0].ToLowerInvariant();
                if (!IsWord(word))
                {
                    continue;
                }

                bool isAdjective = parts[1].StartsWith("JJ", StringComparison.Ordinal);
                bool isNominal = parts[1].StartsWith("NN", StringComparison.Ordinal) || isAdjective;
                if (isAdjective)
                {
                    adjectiveTags[word] = adjectiveTags.GetValueOrDefault(word) + 1;
                }

                var (n, o) = tags.GetValueOrDefault(word);
                tags[word] = isNominal ? (n + 1, o) : (n, o + 1);
            }
        }

        var notNominal = new HashSet<string>(StringComparer.Ordinal);
        var nominal = new HashSet<string>(StringComparer.Ordinal);
        var adjectives = new HashSet<string>(StringComparer.Ordinal);
        var suffixTags = new Dictionary<string, (int Nominal, int Other)>(StringComparer.Ordinal);
        foreach (var (word, (n, o)) in tags)
        {
            if (n + o >= minTagCount)
            {
                (o > n ? notNominal : nominal).Add(word);
                if (2 * adjectiveTags.GetValueOrDefault(word) > n + o)
                {
                    adjectives.Add(word);
                }
            }

            // Rare words stand for the words the tagged text never held: their endings judge those.
            if (n + o <= 3 && word.Length >= KeyphraseModel.SuffixLength + 2)
            {
                string suffix = word[^KeyphraseModel.SuffixLength..];
                var (sn, so) = suffixTags.GetValueOrDefault(suffix);
                suffixTags[suffix] = (sn + n, so + o);
            }
        }

        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (suffix, (n, o)) in suffixTags)
        {
            if (n + o >= 10 && o > 2 * n)
            {
                suffixes.Add(suffix);
            }
        }

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        int documents = 0;
        foreach (var text in backgroundDocuments)
        {
            documents++;
            seen.Clear();
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                keys.Clear();
                KeyphraseExtractor.AddKeyWords(text.AsSpan(token.Start, token.Length), keys);
                foreach (var k in keys)
                {
                    if (seen.Add(k))
                    {
                        df[k] = df.GetValueOrDefault(k) + 1;
                    }
                }
            }
        }

        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (k, f) in df)
        {
            if (f >= minDocumentFrequency)
            {
                kept[k] = f;
            }
        }

        return new KeyphraseModel(documents, kept, notNominal, nominal, suffixes, adjectives);
    }

    /// <summary>
    /// Counts the phrases of two to four key words of the extractor's noun phrases (every run of words it would take as
    /// candidates, cut as <see cref="KeyphraseExtractor.NounPhrases"/> cuts them with <paramref name="words"/>) over
    /// background documents: how many documents hold each, and in how many it is once a whole noun phrase. Documents
    /// that share a run of <see cref="FingerprintWords"/> words with one of <paramref name="excluded"/> (the articles
    /// of an evaluation sample) are left out. Deterministic.
    /// </summary>
    /// <param name="words">The word model whose lists cut the noun phrases.</param>
    /// <param name="backgroundDocuments">The background documents, one string each.</param>
    /// <param name="excluded">Documents that must not be counted (evaluation samples).</param>
    /// <param name="minDocumentFrequency">Phrases in fewer documents are left out.</param>
    /// <returns>The model, and how many background documents were left out.</returns>
    public static (KeyphraseTermModel Model, int Excluded) TrainTerms(KeyphraseModel words, IEnumerable<string> backgroundDocuments, IEnumerable<string> excluded, int minDocumentFrequency = 3)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(backgroundDocuments);
        ArgumentNullException.ThrowIfNull(excluded);
        var fingerprints = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var text in excluded)
        {
            var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < FingerprintAt + FingerprintWords)
            {
                continue;
            }

            var print = parts[FingerprintAt..(FingerprintAt + FingerprintWords)];
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(fingerprints, print[0], out _);
            (list ??= []).Add(print);
        }

        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences });
        var counts = new Dictionary<string, (int Documents, int Whole)>(StringComparer.Ordinal);
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        var keys = new List<string>();
        var key = new StringBuilder();
        int documents = 0, left = 0;
        foreach (var text in backgroundDocuments)
        {
            if (fingerprints.Count > 0 && Holds(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), fingerprints))
            {
                left++;
                continue;
            }

            documents++;
            seen.Clear();
            var analysis = analyzer.Analyze(text);
            foreach (var phrase in KeyphraseExtractor.NounPhrases(analysis.Structure, analysis.Sentences, words))
            {
                var w = phrase.Words;
                var index = phrase.WordIndices;
                // Sub-phrases start and end at word boundaries (a hyphenated word's parts stay together), as candidates do.
                for (int i = 0; i < w.Length; i++)
                {
                    if (i > 0 && index[i] == index[i - 1])
                    {
                        continue;
                    }

                    for (int j = i; j < w.Length && j - i < KeyphraseExtractor.MaxWords; j++)
                    {
                        if ((j < w.Length - 1 && index[j + 1] == index[j]) || j == i)
                        {
                            continue;
                        }

                        key.Clear();
                        for (int k = i; k <= j; k++)
                        {
                            key.Append(k > i ? " " : string.Empty).Append(w[k]);
                        }

                        string s = key.ToString();
                        bool whole = i == 0 && j == w.Length - 1;
                        ref bool wasWhole = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, s, out bool exists);
                        if (!exists || (whole && !wasWhole))
                        {
                            var (d, h) = counts.GetValueOrDefault(s);
                            counts[s] = (exists ? d : d + 1, whole ? h + 1 : h);
                            wasWhole |= whole;
                        }
                    }
                }
            }
        }

        var kept = new Dictionary<ulong, (int, int)>();
        foreach (var (k, c) in counts)
        {
            if (c.Documents >= minDocumentFrequency)
            {
                ulong hash = KeyphraseTermModel.Hash(k);
                // Two phrases under one hash (rare at 40 bits) keep the larger counts.
                kept[hash] = kept.TryGetValue(hash, out var other) && other.Item1 >= c.Documents ? other : c;
            }
        }

        return (new KeyphraseTermModel(documents, kept), left);
    }

    /// <summary>How many words (split on white space) mark a document as an excluded one, and from which word.</summary>
    private const int FingerprintWords = 12, FingerprintAt = 20;

    private static bool Holds(string[] words, Dictionary<string, List<string[]>> fingerprints)
    {
        for (int i = 0; i + FingerprintWords <= words.Length; i++)
        {
            if (!fingerprints.TryGetValue(words[i], out var prints))
            {
                continue;
            }

            foreach (var print in prints)
            {
                if (words.AsSpan(i, FingerprintWords).SequenceEqual(print))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The documents of the given paths: a folder gives each <c>.txt</c> file under it (in ordinal order) as one
    /// document; a <c>.gz</c> file gives each of its lines; another file is one document.
    /// </summary>
    public static IEnumerable<string> ReadDocuments(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var f in files)
                {
                    yield return File.ReadAllText(f);
                }
            }
            else if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = File.OpenRead(path);
                using var gzip = new CheckedGzipStream(stream);
                using var reader = new StreamReader(gzip);
                while (reader.ReadLine() is { } line)
                {
                    if (line.Length > 0)
                    {
                        yield return line;
                    }
                }
            }
            else
            {
                yield return File.ReadAllText(path);
            }
        }
    }

    private static bool IsWord(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\''))
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
