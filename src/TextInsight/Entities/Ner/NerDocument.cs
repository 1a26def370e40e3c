namespace TextInsight.Entities.Ner;

/// <summary>
/// A document ready for feature extraction: the atoms of its tokens, its sentences, and what the tagger knows about each
/// token from its context: capitalization context, how the same word is written elsewhere in the document, and
/// gazetteer matches.
/// </summary>
internal sealed class NerDocument
{
    /// <summary>Capitalization context: an ordinary position.</summary>
    public const byte Ordinary = 0;

    /// <summary>Capitalization context: the first word of a sentence (or after an opening quote or bracket there).</summary>
    public const byte SentenceInitial = 1;

    /// <summary>Capitalization context: a line written in capitals (a headline), where case says little.</summary>
    public const byte AllCapsLine = 2;

    /// <summary>Builds the context of a document.</summary>
    /// <param name="atoms">The atoms of all tokens, sentence after sentence.</param>
    /// <param name="sentenceStarts">The index of each sentence's first token, then the token count.</param>
    /// <param name="gazetteer">The gazetteer to match.</param>
    public NerDocument(TokenAtoms[] atoms, int[] sentenceStarts, NerGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(sentenceStarts);
        ArgumentNullException.ThrowIfNull(gazetteer);
        Atoms = atoms;
        SentenceStarts = sentenceStarts;
        int n = atoms.Length;
        CapsContext = new byte[n];
        DocCase = new byte[n];
        Gazetteer = new byte[n];
        GazetteerUnigram = new byte[n];
        SentenceIndex = new byte[n];
        for (int s = 0; s < SentenceCount; s++)
        {
            int start = sentenceStarts[s], end = sentenceStarts[s + 1];
            var sentence = atoms.AsSpan(start, end - start);
            gazetteer.Match(sentence, Gazetteer.AsSpan(start, end - start), GazetteerUnigram.AsSpan(start, end - start));
            bool allCaps = IsAllCaps(sentence);
            bool initial = true;
            for (int i = start; i < end; i++)
            {
                SentenceIndex[i] = (byte)Math.Min(s, 3);
                if (allCaps)
                {
                    CapsContext[i] = AllCapsLine;
                }
                else if (initial && (atoms[i].Flags & TokenFlags.HasLetter) != 0)
                {
                    CapsContext[i] = SentenceInitial;
                    initial = false;
                }
                else if ((atoms[i].Flags & (TokenFlags.HasLetter | TokenFlags.HasDigit)) != 0)
                {
                    initial = false;
                }
            }
        }

        // How each word is written where its case is informative: bit 0 lower-case initial, bit 1 capitalized, bit 2 all capitals.
        var cases = new Dictionary<ulong, byte>();
        for (int i = 0; i < n; i++)
        {
            var f = atoms[i].Flags;
            if (CapsContext[i] != Ordinary || (f & TokenFlags.HasLetter) == 0)
            {
                continue;
            }

            byte bit = (f & TokenFlags.InitialLower) != 0 ? (byte)1 : (f & TokenFlags.NoLower) != 0 ? (byte)4 : (f & TokenFlags.InitialUpper) != 0 ? (byte)2 : (byte)0;
            if (bit != 0)
            {
                cases[atoms[i].Lower] = (byte)(cases.GetValueOrDefault(atoms[i].Lower) | bit);
            }
        }

        for (int i = 0; i < n; i++)
        {
            DocCase[i] = (atoms[i].Flags & TokenFlags.HasLetter) == 0 ? (byte)8 : cases.GetValueOrDefault(atoms[i].Lower);
        }
    }

    /// <summary>The atoms of all tokens.</summary>
    public TokenAtoms[] Atoms { get; }

    /// <summary>The index of each sentence's first token, then the token count.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>The number of sentences.</summary>
    public int SentenceCount => SentenceStarts.Length - 1;

    /// <summary>The number of tokens.</summary>
    public int TokenCount => Atoms.Length;

    /// <summary>The capitalization context of each token.</summary>
    public byte[] CapsContext { get; }

    /// <summary>How the token's word is written at ordinary positions of the document (bits: lower, capitalized, capitals; 8 for no letters).</summary>
    public byte[] DocCase { get; }

    /// <summary>The longest gazetteer name covering each token: type mask | position &lt;&lt; 4.</summary>
    public byte[] Gazetteer { get; }

    /// <summary>The types of each token alone as a gazetteer name.</summary>
    public byte[] GazetteerUnigram { get; }

    /// <summary>The index of the token's sentence, capped at 3 (Reuters stories open with a headline and a dateline).</summary>
    public byte[] SentenceIndex { get; }

    private static bool IsAllCaps(ReadOnlySpan<TokenAtoms> sentence)
    {
        int caps = 0;
        foreach (var a in sentence)
        {
            if ((a.Flags & TokenFlags.HasLetter) == 0)
            {
                continue;
            }

            if ((a.Flags & TokenFlags.NoLower) == 0)
            {
                return false;
            }

            caps++;
        }

        return caps >= 2;
    }
}
