using TextInsight.Internals;
namespace TextInsight.Summaries;

/// <summary>
/// English function words, which carry no topic: they are dropped before sentences are compared and never start or end
/// a key phrase.
/// </summary>
internal static class EnglishStopwords
{
    private static readonly HashSet<string> Words = WordLists.Load("stopwords", StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The stopwords, lower-case (for callers that build their own lookup).</summary>
    public static IReadOnlyCollection<string> All => Words;

    /// <summary>Whether <paramref name="lowerWord"/>, already lower-cased, is a stopword.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWord) => Lookup.Contains(lowerWord);

    // The short list of pure function words (pronouns, determiners, auxiliaries, prepositions, conjunctions) that
    // classic word-frequency extractors drop; unlike the list above it keeps reporting verbs and adverbs such as
    // "said", "would" and "also", whose frequency tells such extractors which sentences carry the story.
    private static readonly HashSet<string> FunctionWordSet = WordLists.Load("function-words", StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="lowerWord"/> is on the short list of pure function words.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> lowerWord) => FunctionWordLookup.Contains(lowerWord);
}
