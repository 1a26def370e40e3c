using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace TextInsight.Summaries;

/// <summary>
/// What the key phrase extractor knows beyond the article: how many documents of a background news corpus hold each
/// word (for IDF), and which words are mostly not nouns or adjectives (verbs, adverbs, numbers' words, function words),
/// learned from part-of-speech tagged news, so that noun phrases can be cut from the tokens without a tagger, and which
/// of the others are mostly adjectives (a lone adjective is no key phrase: <c>economic</c>, <c>difficult</c>).
/// Built by <c>textinsight train keyphrases</c> (<see cref="KeyphraseModelTrainer"/>); the built-in one is
/// <c>Models/keyphrases-news-v2.bin</c>. Immutable and thread-safe.
/// </summary>
internal sealed class KeyphraseModel
{
    private const string Magic = "textinsight-keyphrases 2";
    private const string MagicV1 = "textinsight-keyphrases 1";
    private const string Resource = "TextInsight.Models.keyphrases-news-v2.bin";

    private static readonly Lazy<KeyphraseModel> DefaultLazy = new(LoadDefault);

    private readonly Dictionary<string, int> _documentFrequency;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _dfLookup;
    private readonly HashSet<string> _notNominal;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNominalLookup;
    private readonly HashSet<string> _nominal;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nominalLookup;
    private readonly HashSet<string> _notNominalSuffixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _suffixLookup;
    private readonly HashSet<string> _adjectives;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _adjectiveLookup;

    public KeyphraseModel(int documents, Dictionary<string, int> documentFrequency, HashSet<string> notNominal, HashSet<string> nominal, HashSet<string> notNominalSuffixes,
        HashSet<string>? adjectives = null)
    {
        _adjectives = new HashSet<string>(adjectives ?? [], StringComparer.Ordinal);
        _adjectiveLookup = _adjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        _nominal = new HashSet<string>(nominal, StringComparer.Ordinal);
        _nominalLookup = _nominal.GetAlternateLookup<ReadOnlySpan<char>>();
        _notNominalSuffixes = new HashSet<string>(notNominalSuffixes, StringComparer.Ordinal);
        _suffixLookup = _notNominalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        Documents = documents;
        _documentFrequency = new Dictionary<string, int>(documentFrequency, StringComparer.Ordinal);
        _dfLookup = _documentFrequency.GetAlternateLookup<ReadOnlySpan<char>>();
        _notNominal = new HashSet<string>(notNominal, StringComparer.Ordinal);
        _notNominalLookup = _notNominal.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in model, loaded once.</summary>
    public static KeyphraseModel Default => DefaultLazy.Value;

    /// <summary>How many background documents were counted.</summary>
    public int Documents { get; }

    /// <summary>How many words have a document frequency.</summary>
    public int Words => _documentFrequency.Count;

    /// <summary>How many words are marked as mostly not nouns or adjectives.</summary>
    public int NotNominalWords => _notNominal.Count;

    /// <summary>The inverse document frequency of a key word (lower-case, light-stemmed): log(N / (df + 1)), at least 0.</summary>
    public double Idf(ReadOnlySpan<char> key)
    {
        int df = _dfLookup.TryGetValue(key, out int f) ? f : 0;
        return Math.Max(0, Math.Log((Documents + 1.0) / (df + 1.0)));
    }

    /// <summary>
    /// Whether a lower-case word is mostly written as something other than a noun or adjective: as the tagged text
    /// wrote it, or, for a word it never held, as its rare words with the same last three letters were written
    /// (<c>-ized</c>, <c>-ied</c>).
    /// </summary>
    public bool IsNotNominal(ReadOnlySpan<char> lowerWord)
    {
        if (_notNominalLookup.Contains(lowerWord))
        {
            return true;
        }

        if (_nominalLookup.Contains(lowerWord) || lowerWord.Length < SuffixLength + 2)
        {
            return false;
        }

        return _suffixLookup.Contains(lowerWord[^SuffixLength..]);
    }

    /// <summary>Whether the tagged text held a lower-case word, mostly as a noun or adjective (<c>news</c>, <c>power</c>).</summary>
    public bool IsKnownNominal(ReadOnlySpan<char> lowerWord) => _nominalLookup.Contains(lowerWord);

    /// <summary>How many words are marked as mostly adjectives (none in a model of format 1).</summary>
    public int Adjectives => _adjectives.Count;

    /// <summary>
    /// Whether the tagged text wrote a word mostly as an adjective (<c>economic</c>, <c>difficult</c>, <c>strong</c>), in
    /// any case as written here (<c>Public</c> opening a sentence).
    /// </summary>
    public bool IsAdjective(ReadOnlySpan<char> word)
    {
        if (_adjectives.Count == 0 || word.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _adjectiveLookup.Contains(lower);
    }

    /// <summary>How many final letters decide for a word the tagged text never held.</summary>
    public const int SuffixLength = 3;

    /// <summary>Writes the model (gzip-compressed text, words sorted, so that the same counts give the same bytes).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Magic);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {Documents}"));
        var notNominal = _notNominal.ToList();
        notNominal.Sort(StringComparer.Ordinal);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"not-nominal {notNominal.Count}"));
        foreach (var w in notNominal)
        {
            writer.WriteLine(w);
        }

        WriteSet(writer, "nominal", _nominal);
        WriteSet(writer, "suffixes", _notNominalSuffixes);
        WriteSet(writer, "adjectives", _adjectives);
        var words = _documentFrequency.Keys.ToList();
        words.Sort(StringComparer.Ordinal);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"df {words.Count}"));
        foreach (var w in words)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{w}\t{_documentFrequency[w]}"));
        }
    }

    private static void WriteSet(StreamWriter writer, string field, HashSet<string> set)
    {
        var items = set.ToList();
        items.Sort(StringComparer.Ordinal);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{field} {items.Count}"));
        foreach (var w in items)
        {
            writer.WriteLine(w);
        }
    }

    private static HashSet<string> ReadSet(StreamReader reader, string field, string name)
    {
        int count = ReadCount(reader, field, name);
        var set = new HashSet<string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            set.Add(reader.ReadLine() ?? throw Truncated(name));
        }

        return set;
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static KeyphraseModel Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            string? magic = reader.ReadLine();
            if (magic != Magic && magic != MagicV1)
            {
                throw new InvalidDataException($"{name}: not a TextInsight key phrase model.");
            }

            int documents = ReadCount(reader, "documents", name);
            var notNominal = ReadSet(reader, "not-nominal", name);
            var nominal = ReadSet(reader, "nominal", name);
            var suffixes = ReadSet(reader, "suffixes", name);
            var adjectives = magic == MagicV1 ? null : ReadSet(reader, "adjectives", name);

            int dfCount = ReadCount(reader, "df", name);
            var df = new Dictionary<string, int>(dfCount, StringComparer.Ordinal);
            for (int i = 0; i < dfCount; i++)
            {
                string line = reader.ReadLine() ?? throw Truncated(name);
                int tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int f))
                {
                    throw new InvalidDataException($"{name}: bad document frequency line {i + 1}.");
                }

                df[line[..tab]] = f;
            }

            return new KeyphraseModel(documents, df, notNominal, nominal, suffixes, adjectives);
        }
        catch (InvalidDataException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException)
        {
            throw new InvalidDataException($"{name}: not a TextInsight key phrase model ({e.Message}).", e);
        }
    }

    private static int ReadCount(StreamReader reader, string field, string name)
    {
        string? line = reader.ReadLine();
        if (line is null || !line.StartsWith(field + " ", StringComparison.Ordinal)
            || !int.TryParse(line.AsSpan(field.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            throw new InvalidDataException($"{name}: expected '{field} <count>'.");
        }

        return count;
    }

    private static InvalidDataException Truncated(string name) => new($"{name}: the model is truncated.");

    private static KeyphraseModel LoadDefault()
    {
        using var stream = typeof(KeyphraseModel).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The built-in key phrase model ({Resource}) is missing from the assembly.");
        return Load(stream, Resource);
    }
}
