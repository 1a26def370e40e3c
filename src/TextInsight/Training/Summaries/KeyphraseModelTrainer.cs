using System.IO.Compression;
using TextInsight.Text;

namespace TextInsight.Summaries;

/// <summary>
/// Builds a <see cref="KeyphraseModel"/>: document frequencies of key words over background news, and the words that
/// part-of-speech tagged text (CoNLL-2003 columns: word, POS, chunk, NER) writes mostly as neither noun nor adjective.
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

                bool isNominal = parts[1].StartsWith("NN", StringComparison.Ordinal) || parts[1].StartsWith("JJ", StringComparison.Ordinal);
                var (n, o) = tags.GetValueOrDefault(word);
                tags[word] = isNominal ? (n + 1, o) : (n, o + 1);
            }
        }

        var notNominal = new HashSet<string>(StringComparer.Ordinal);
        var nominal = new HashSet<string>(StringComparer.Ordinal);
        var suffixTags = new Dictionary<string, (int Nominal, int Other)>(StringComparer.Ordinal);
        foreach (var (word, (n, o)) in tags)
        {
            if (n + o >= minTagCount)
            {
                (o > n ? notNominal : nominal).Add(word);
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

        return new KeyphraseModel(documents, kept, notNominal, nominal, suffixes);
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
                using var gzip = new GZipStream(stream, CompressionMode.Decompress);
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
