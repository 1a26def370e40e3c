using TextInsight.Internals;
using TextInsight.Text;

namespace TextInsight.Summaries;

/// <summary>
/// Turns text into the content terms sentences are compared by: word and number tokens from
/// <see cref="Tokenizer"/>, lower-cased, stopwords dropped, words stemmed by <see cref="LightStemmer"/>.
/// </summary>
internal static class SummaryTerms
{
    private const int MaxTermLength = 64;

    /// <summary>
    /// Appends to <paramref name="terms"/> the ids of the content terms of <paramref name="text"/>, adding unseen terms
    /// to <paramref name="vocabulary"/>, and returns the number of word and number tokens (the sentence's length in words).
    /// </summary>
    public static int Collect(ReadOnlySpan<char> text, Dictionary<string, int> vocabulary, List<int> terms)
    {
        var counts = default(SentenceTokenCounts);
        return Collect(text, vocabulary, terms, ref counts, null, null);
    }

    /// <summary>
    /// As <see cref="Collect(ReadOnlySpan{char}, Dictionary{string, int}, List{int})"/>, also counting into
    /// <paramref name="counts"/> the sentence's numbers, currency signs and capitalized words after the first.
    /// </summary>
    /// <remarks>
    /// With <paramref name="surfaceVocabulary"/>, also appends to <paramref name="surfaceTerms"/> the ids of the words
    /// as written (lower-cased, not stemmed) that are not on the short function-word list
    /// (<see cref="EnglishStopwords.IsFunctionWord"/>).
    /// </remarks>
    public static int Collect(
        ReadOnlySpan<char> text,
        Dictionary<string, int> vocabulary,
        List<int> terms,
        ref SentenceTokenCounts counts,
        Dictionary<string, int>? surfaceVocabulary,
        List<int>? surfaceTerms)
    {
        var tokens = new List<Token>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            tokens.Add(token);
        }

        return Collect(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), vocabulary, terms, ref counts, surfaceVocabulary, surfaceTerms);
    }

    /// <summary>
    /// As <see cref="Collect(ReadOnlySpan{char}, Dictionary{string, int}, List{int}, ref SentenceTokenCounts, Dictionary{string, int}?, List{int}?)"/>,
    /// from tokens already at hand (<see cref="ArticleDocument"/>'s, whose offsets index <paramref name="text"/>).
    /// </summary>
    public static int Collect(
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        Dictionary<string, int> vocabulary,
        List<int> terms,
        ref SentenceTokenCounts counts,
        Dictionary<string, int>? surfaceVocabulary,
        List<int>? surfaceTerms)
    {
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxTermLength];
        int words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Currency)
            {
                counts.Currencies++;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var raw = text.Slice(token.Start, token.Length);
            if (token.Kind == TokenKind.Number)
            {
                counts.Numbers++;
            }
            else if (words > 0 && char.IsUpper(raw[0]))
            {
                counts.Capitalized++;
            }

            words++;
            if (raw.Length > MaxTermLength || (raw.Length == 1 && token.Kind == TokenKind.Word))
            {
                continue;
            }

            int n = raw.ToLowerInvariant(buffer);
            var lower = buffer[..n];
            if (surfaceVocabulary is not null && surfaceTerms is not null && !EnglishStopwords.IsFunctionWord(lower))
            {
                var surface = surfaceVocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!surface.TryGetValue(lower, out int surfaceId))
                {
                    surfaceId = surfaceVocabulary.Count;
                    surfaceVocabulary.Add(StringCache.Get(lower), surfaceId);
                }

                surfaceTerms.Add(surfaceId);
            }

            if (EnglishStopwords.Contains(lower))
            {
                continue;
            }


            if (token.Kind == TokenKind.Word)
            {
                n = LightStemmer.Stem(lower);
                if (n == 0 || EnglishStopwords.Contains(buffer[..n]))
                {
                    continue;
                }
            }

            var key = buffer[..n];
            if (!lookup.TryGetValue(key, out int id))
            {
                id = vocabulary.Count;
                vocabulary.Add(StringCache.Get(key), id);
            }

            terms.Add(id);
        }

        return words;
    }
}
