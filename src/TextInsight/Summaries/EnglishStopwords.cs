namespace TextInsight.Summaries;

/// <summary>
/// English function words, which carry no topic: they are dropped before sentences are compared and never start or end
/// a key phrase.
/// </summary>
internal static class EnglishStopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "across", "after", "afterwards", "again", "against", "ago", "all", "almost", "alone",
        "along", "already", "also", "although", "always", "am", "among", "amongst", "an", "and", "another", "any",
        "anyone", "anything", "anyway", "anywhere", "are", "around", "as", "at", "back", "be", "became", "because",
        "become", "becomes", "been", "before", "beforehand", "behind", "being", "below", "beside", "besides",
        "between", "beyond", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done",
        "down", "due", "during", "each", "either", "else", "elsewhere", "enough", "etc", "even", "ever", "every",
        "everyone", "everything", "everywhere", "except", "few", "for", "former", "formerly", "from", "further",
        "get", "gets", "got", "had", "has", "have", "having", "he", "hence", "her", "here", "hereby", "herein",
        "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "indeed", "instead", "into",
        "is", "it", "its", "itself", "just", "last", "latter", "least", "less", "let", "like", "made", "make",
        "makes", "many", "may", "me", "meanwhile", "might", "mine", "more", "moreover", "most", "mostly", "much",
        "must", "my", "myself", "namely", "neither", "never", "nevertheless", "next", "no", "nobody", "none",
        "nor", "not", "nothing", "now", "nowhere", "of", "off", "often", "on", "once", "one", "only", "onto", "or",
        "other", "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "put",
        "quite", "rather", "re", "really", "said", "same", "say", "saying", "says", "see", "seem", "seemed",
        "seeming", "seems", "several", "she", "should", "since", "so", "some", "somehow", "someone", "something",
        "sometime", "sometimes", "somewhere", "still", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "thence", "there", "thereafter", "thereby", "therefore", "therein", "thereupon",
        "these", "they", "this", "those", "though", "through", "throughout", "thru", "thus", "to", "together",
        "too", "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well",
        "were", "what", "whatever", "when", "whence", "whenever", "where", "whereafter", "whereas", "whereby",
        "wherein", "whereupon", "wherever", "whether", "which", "while", "whither", "who", "whoever", "whole",
        "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
        "yourself", "yourselves", "s", "t", "d", "ll", "m", "ve", "n't", "'s", "’s", "don", "doesn", "didn", "isn", "wasn", "aren", "weren", "won", "wouldn", "couldn", "shouldn", "hasn",
        "haven", "hadn", "can't", "won't", "it's", "i'm", "he's", "she's", "that's", "there's", "they're", "we're",
        "you're", "i've", "we've", "they've", "i'd", "we'd", "they'd", "i'll", "we'll", "they'll",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The stopwords, lower-case (for callers that build their own lookup).</summary>
    public static IReadOnlyCollection<string> All => Words;

    /// <summary>Whether <paramref name="lowerWord"/>, already lower-cased, is a stopword.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWord) => Lookup.Contains(lowerWord);

    // The short list of pure function words (pronouns, determiners, auxiliaries, prepositions, conjunctions) that
    // classic word-frequency extractors drop; unlike the list above it keeps reporting verbs and adverbs such as
    // "said", "would" and "also", whose frequency tells such extractors which sentences carry the story.
    private static readonly HashSet<string> FunctionWordSet = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are",
        "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "a", "an",
        "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about",
        "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up",
        "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when",
        "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no",
        "nor", "not", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don",
        "should", "now", "'s", "’s", "n't", "n’t",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="lowerWord"/> is on the short list of pure function words.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> lowerWord) => FunctionWordLookup.Contains(lowerWord);
}
