namespace TextInsight.Summaries;

/// <summary>
/// A light English suffix stripper: possessives, plurals and the common verb endings, so that
/// <c>donations</c>/<c>donation</c> and <c>invested</c>/<c>investing</c>/<c>invest</c> meet. Lighter than Porter on
/// purpose: it never touches derivational suffixes, so unrelated words do not merge.
/// </summary>
internal static class LightStemmer
{
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    /// <summary>Stems the lower-cased word held in <paramref name="word"/> in place and returns its new length.</summary>
    public static int Stem(Span<char> word)
    {
        int n = word.Length;
        if (n > 2 && word[n - 2] is '\'' or '’' && word[n - 1] == 's')
        {
            n -= 2;
        }
        else if (n > 1 && word[n - 1] is '\'' or '’')
        {
            n--;
        }

        if (n <= 3)
        {
            return n;
        }

        var w = word[..n];
        if (w.EndsWith("ies") && n > 4)
        {
            w[n - 3] = 'y';
            return n - 2;
        }

        if (w.EndsWith("sses") || w.EndsWith("xes") || w.EndsWith("ches") || w.EndsWith("shes"))
        {
            return n - 2;
        }

        if (w.EndsWith("ied") && n > 4)
        {
            w[n - 3] = 'y';
            return n - 2;
        }

        if (w[n - 1] == 's' && w[n - 2] is not ('s' or 'u' or 'i'))
        {
            n--;
        }
        else if (w.EndsWith("ing") && n > 5 && HasVowel(w[..(n - 3)]))
        {
            n = UndoubleConsonant(w, n - 3);
        }
        else if (w.EndsWith("ed") && n > 4 && w[n - 3] != 'e' && HasVowel(w[..(n - 2)]))
        {
            n = UndoubleConsonant(w, n - 2);
        }

        // A final e goes too, so that "increase", "increases", "increased" and "increasing" all give "increas".
        return n > 4 && w[n - 1] == 'e' ? n - 1 : n;
    }

    private static bool HasVowel(ReadOnlySpan<char> s) => s.ContainsAny(Vowels);

    private static int UndoubleConsonant(ReadOnlySpan<char> w, int n)
    {
        // "stopped" → "stopp" → "stop"; but "installed" keeps "install" (l and s and z double in the stem itself).
        if (n > 2 && w[n - 1] == w[n - 2] && w[n - 1] is not ('l' or 's' or 'z') && !IsVowel(w[n - 1]))
        {
            return n - 1;
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
