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

    /// <summary>Whether <paramref name="lowerWord"/>, already lower-cased, is a stopword.</summary>
    public static bool Contains(ReadOnlySpan<char> lowerWord) => Lookup.Contains(lowerWord);
}
