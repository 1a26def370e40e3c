namespace TextInsight.Entities.Ner;

/// <summary>
/// The hashed pieces of one token that the feature templates combine: computed once per token, from its characters
/// only, so that training (CoNLL strings) and tagging (spans of a text) see the same values.
/// </summary>
internal struct TokenAtoms
{
    /// <summary>Hash of the token as written (curly quotes read as straight ones).</summary>
    public ulong Word;

    /// <summary>Hash of the lower-cased token with every digit read as 0.</summary>
    public ulong Lower;

    /// <summary>Hash of the shape: X for upper case, x for lower, d for digits, other characters as they are, runs cut to two.</summary>
    public ulong Shape;

    /// <summary>Hashes of the lower-cased prefixes of 1 to 4 characters (0 where the token is shorter).</summary>
    public ulong Prefix1, Prefix2, Prefix3, Prefix4;

    /// <summary>Hashes of the lower-cased suffixes of 1 to 4 characters (0 where the token is shorter).</summary>
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;

    /// <summary>
    /// For a token of 2 to 6 capitals (periods allowed: <c>ASF</c>, <c>U.S.</c>), the hash of its letters as the
    /// <see cref="Prefix1"/> hashes of words that start with them, combined in order; else 0.
    /// </summary>
    public ulong Initials;

    /// <summary>
    /// For a hyphenated compound whose first part is a capitalized word (<c>Kubernetes-driven</c>), the
    /// <see cref="Lower"/> of that word alone; else 0. Document features count the compound as an occurrence of it.
    /// </summary>
    public ulong Head;

    /// <summary>What the characters are like.</summary>
    public TokenFlags Flags;

    /// <summary>The atoms of the sentence-boundary padding.</summary>
    public static readonly TokenAtoms Padding = Compute("<PAD>") with { Flags = TokenFlags.None };

    /// <summary>Computes the atoms of <paramref name="token"/>.</summary>
    public static TokenAtoms Compute(ReadOnlySpan<char> token)
    {
        var a = default(TokenAtoms);
        ulong word = FeatureHash.Seed, lower = FeatureHash.Seed, shape = FeatureHash.Seed;
        char lastShape = '\0';
        int run = 0;
        bool hasLower = false, hasLetter = false, hasDigit = false;
        for (int i = 0; i < token.Length; i++)
        {
            char c = Normalize(token[i]);
            word = FeatureHash.Add(word, c);
            char s;
            char l;
            if (char.IsDigit(c))
            {
                hasDigit = true;
                s = 'd';
                l = '0';
            }
            else if (char.IsLetter(c))
            {
                hasLetter = true;
                bool upper = char.IsUpper(c);
                hasLower |= !upper;
                s = upper ? 'X' : 'x';
                l = char.ToLowerInvariant(c);
            }
            else
            {
                s = c;
                l = c;
            }

            if (c == '-' && a.Head == 0 && i >= 2 && char.IsUpper(token[0]))
            {
                a.Head = FeatureHash.Mix(lower);
            }

            lower = FeatureHash.Add(lower, l);
            switch (i)
            {
                case 0: a.Prefix1 = FeatureHash.Mix(lower); break;
                case 1: a.Prefix2 = FeatureHash.Mix(lower); break;
                case 2: a.Prefix3 = FeatureHash.Mix(lower); break;
                case 3: a.Prefix4 = FeatureHash.Mix(lower); break;
                default: break;
            }

            run = s == lastShape ? run + 1 : 1;
            lastShape = s;
            if (run <= 2)
            {
                shape = FeatureHash.Add(shape, s);
            }
        }

        ulong suffix = FeatureHash.Seed ^ 0x5555UL;
        for (int k = 1; k <= 4 && k <= token.Length; k++)
        {
            char c = Normalize(token[^k]);
            suffix = FeatureHash.Add(suffix, char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
            ulong h = FeatureHash.Mix(suffix);
            switch (k)
            {
                case 1: a.Suffix1 = h; break;
                case 2: a.Suffix2 = h; break;
                case 3: a.Suffix3 = h; break;
                default: a.Suffix4 = h; break;
            }
        }

        a.Word = FeatureHash.Mix(word);
        a.Lower = FeatureHash.Mix(lower);
        a.Shape = FeatureHash.Mix(shape);
        var flags = TokenFlags.None;
        if (hasLetter)
        {
            flags |= TokenFlags.HasLetter;
            if (!hasLower)
            {
                flags |= TokenFlags.NoLower;
            }
        }

        if (hasDigit)
        {
            flags |= TokenFlags.HasDigit;
        }

        if (token.Length > 0 && char.IsLetter(token[0]))
        {
            flags |= char.IsUpper(token[0]) ? TokenFlags.InitialUpper : TokenFlags.InitialLower;
        }

        a.Flags = flags;
        a.Initials = AcronymHash(token);
        return a;
    }

    private static ulong AcronymHash(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token.Length > 12)
        {
            return 0;
        }

        ulong h = FeatureHash.Seed;
        int letters = 0;
        foreach (char c in token)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsUpper(c))
            {
                return 0;
            }

            h = FeatureHash.Combine(h, FeatureHash.Mix(FeatureHash.Add(FeatureHash.Seed, char.ToLowerInvariant(c))));
            letters++;
        }

        return letters is >= 2 and <= 6 ? h : 0;
    }

    private static char Normalize(char c) => c switch
    {
        '’' or '‘' or '`' or '´' => '\'',
        '“' or '”' or '„' => '"',
        _ => c,
    };
}
