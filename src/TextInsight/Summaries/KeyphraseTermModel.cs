using System.IO.Compression;
using System.Text;

namespace TextInsight.Summaries;

/// <summary>
/// What the key phrase extractor knows of phrases beyond the article: for each phrase of two to four key words that the
/// extractor's noun phrases of a background news corpus held, how many documents held it, and in how many it was once
/// a whole noun phrase (not cut from a longer one). Phrases are stored as 40-bit hashes of their keys (no text), with
/// counts, so the file is small and nothing of the background is kept. Built by <c>textinsight train keyphrases
/// --terms-out</c> (<see cref="KeyphraseModelTrainer.TrainTerms"/>); the built-in one is
/// <c>Models/keyphrase-terms-news-v1.bin</c>. Immutable and thread-safe.
/// </summary>
internal sealed class KeyphraseTermModel
{
    private const string Magic = "textinsight-keyphrase-terms 1";
    private const string Resource = "TextInsight.Models.keyphrase-terms-news-v1.bin";

    /// <summary>How many bits of a phrase's hash are kept: with a few hundred thousand phrases, an unseen phrase takes a
    /// stored one's counts about once in two million lookups.</summary>
    public const int HashBits = 40;

    private const ulong HashMask = (1UL << HashBits) - 1;

    private static readonly Lazy<KeyphraseTermModel> DefaultLazy = new(LoadDefault);

    private readonly Dictionary<ulong, (int Documents, int Whole)> _terms;

    public KeyphraseTermModel(int documents, Dictionary<ulong, (int Documents, int Whole)> terms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        ArgumentNullException.ThrowIfNull(terms);
        Documents = documents;
        _terms = new Dictionary<ulong, (int, int)>(terms);
    }

    /// <summary>The built-in model, loaded once.</summary>
    public static KeyphraseTermModel Default => DefaultLazy.Value;

    /// <summary>How many background documents were counted.</summary>
    public int Documents { get; }

    /// <summary>How many phrases have counts.</summary>
    public int Terms => _terms.Count;

    /// <summary>The hash under which a phrase's key (its key words joined by single spaces) is stored: FNV-1a over its
    /// UTF-16 code units, cut to <see cref="HashBits"/> bits.</summary>
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return (h ^ (h >> HashBits)) & HashMask;
    }

    /// <summary>Whether the background held a phrase (its key words joined by single spaces) in enough documents to keep it.</summary>
    public bool Contains(ReadOnlySpan<char> key) => _terms.ContainsKey(Hash(key));

    /// <summary>The counts of a phrase (its key words joined by single spaces); false when the background held it in
    /// too few documents to be kept.</summary>
    /// <param name="key">The phrase's key.</param>
    /// <param name="documents">How many background documents held the phrase.</param>
    /// <param name="whole">In how many of them it was once a whole noun phrase.</param>
    public bool TryGet(ReadOnlySpan<char> key, out int documents, out int whole)
    {
        if (_terms.TryGetValue(Hash(key), out var counts))
        {
            (documents, whole) = counts;
            return true;
        }

        documents = whole = 0;
        return false;
    }

    /// <summary>Writes the model (gzip-compressed; hashes sorted and written as differences, so that the same counts give
    /// the same bytes).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, new UTF8Encoding(false));
        writer.Write(Magic);
        writer.Write(Documents);
        writer.Write(_terms.Count);
        var hashes = _terms.Keys.ToArray();
        Array.Sort(hashes);
        ulong previous = 0;
        foreach (ulong h in hashes)
        {
            writer.Write7BitEncodedInt64((long)(h - previous));
            previous = h;
            var (df, whole) = _terms[h];
            writer.Write7BitEncodedInt(df);
            writer.Write7BitEncodedInt(whole);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static KeyphraseTermModel Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{name}: not a TextInsight key phrase term model.");
            }

            int documents = reader.ReadInt32();
            int count = reader.ReadInt32();
            if (documents < 0 || count < 0)
            {
                throw new InvalidDataException($"{name}: bad counts.");
            }

            var terms = new Dictionary<ulong, (int, int)>(count);
            ulong hash = 0;
            for (int i = 0; i < count; i++)
            {
                hash += (ulong)reader.Read7BitEncodedInt64();
                int df = reader.Read7BitEncodedInt();
                int whole = reader.Read7BitEncodedInt();
                if (df <= 0 || whole < 0 || whole > df || hash > HashMask || !terms.TryAdd(hash, (df, whole)))
                {
                    throw new InvalidDataException($"{name}: bad term {i + 1}.");
                }
            }

            return new KeyphraseTermModel(documents, terms);
        }
        catch (InvalidDataException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            throw new InvalidDataException($"{name}: not a TextInsight key phrase term model ({e.Message}).", e);
        }
    }

    private static KeyphraseTermModel LoadDefault()
    {
        using var stream = typeof(KeyphraseTermModel).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The built-in key phrase term model ({Resource}) is missing from the assembly.");
        return Load(stream, Resource);
    }
}
