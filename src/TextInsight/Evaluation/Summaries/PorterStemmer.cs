namespace TextInsight.Summaries;

/// <summary>
/// The Porter stemmer (M.F. Porter, "An algorithm for suffix stripping", 1980), as in the author's reference
/// implementation (which reads <c>bli</c> for the paper's <c>abli</c> and adds <c>logi</c> to step 2). Key phrase
/// evaluation stems with it because the published keyphrase comparisons do: matching must be theirs, not ours.
/// Works in place on lower-case ASCII letters; a word of two letters or fewer, or holding anything else, is left alone.
/// </summary>
internal static class PorterStemmer
{
    /// <summary>Returns the stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || word.Length > 128)
        {
            return word;
        }

        Span<char> buffer = stackalloc char[word.Length];
        word.AsSpan().CopyTo(buffer);
        int n = Stem(buffer);
        return buffer[..n].SequenceEqual(word) ? word : new string(buffer[..n]);
    }

    /// <summary>Stems the lower-case word in <paramref name="word"/> in place and returns the stem's length.</summary>
    public static int Stem(Span<char> word)
    {
        if (word.Length <= 2)
        {
            return word.Length;
        }

        foreach (char c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return word.Length;
            }
        }

        var s = new State(word);
        s.Step1ab();
        if (s.K > 0)
        {
            s.Step1c();
            s.Step2();
            s.Step3();
            s.Step4();
            s.Step5();
        }

        return s.K + 1;
    }

    /// <summary>The word and the two indexes of the reference algorithm: <c>K</c> the last letter, <c>J</c> where a suffix starts.</summary>
    private ref struct State(Span<char> b)
    {
        private readonly Span<char> _b = b;
        private int _j;

        public int K { get; private set; } = b.Length - 1;

        /// <summary>Whether the letter at <paramref name="i"/> is a consonant (<c>y</c> after a consonant is a vowel).</summary>
        private readonly bool Cons(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !Cons(i - 1),
            _ => true,
        };

        /// <summary>m, the number of vowel–consonant sequences in the letters 0..J.</summary>
        private readonly int M()
        {
            int n = 0;
            int i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }

                if (!Cons(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (Cons(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (!Cons(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        /// <summary>Whether letters 0..J hold a vowel.</summary>
        private readonly bool VowelInStem()
        {
            for (int i = 0; i <= _j; i++)
            {
                if (!Cons(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether letters j-1 and j are the same consonant.</summary>
        private readonly bool DoubleC(int j) => j >= 1 && _b[j] == _b[j - 1] && Cons(j);

        /// <summary>Whether i-2, i-1, i is consonant–vowel–consonant and the last is not w, x or y.</summary>
        private readonly bool Cvc(int i)
        {
            if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2))
            {
                return false;
            }

            return _b[i] is not ('w' or 'x' or 'y');
        }

        /// <summary>Whether letters 0..K end with <paramref name="s"/>; sets J before the suffix.</summary>
        private bool Ends(string s)
        {
            int length = s.Length;
            if (length > K + 1 || !_b.Slice(K - length + 1, length).SequenceEqual(s))
            {
                return false;
            }

            _j = K - length;
            return true;
        }

        /// <summary>Sets letters J+1.. to <paramref name="s"/> and K to its end.</summary>
        private void SetTo(string s)
        {
            s.AsSpan().CopyTo(_b[(_j + 1)..]);
            K = _j + s.Length;
        }

        private void R(string s)
        {
            if (M() > 0)
            {
                SetTo(s);
            }
        }

        /// <summary>Plurals and -ed or -ing.</summary>
        public void Step1ab()
        {
            if (_b[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (_b[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (M() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleC(K))
                {
                    K--;
                    if (_b[K] is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (M() == 1 && Cvc(K))
                {
                    _j = K;
                    SetTo("e");
                }
            }
        }

        /// <summary>Terminal y to i when another vowel is in the stem.</summary>
        public void Step1c()
        {
            if (Ends("y") && VowelInStem())
            {
                _b[K] = 'i';
            }
        }

        /// <summary>Double suffixes to single ones (-ization to -ize), when m &gt; 0.</summary>
        public void Step2()
        {
            if (K < 1)
            {
                return;
            }

            switch (_b[K - 1])
            {
                case 'a':
                    if (Ends("ational")) { R("ate"); break; }
                    if (Ends("tional")) { R("tion"); }
                    break;
                case 'c':
                    if (Ends("enci")) { R("ence"); break; }
                    if (Ends("anci")) { R("ance"); }
                    break;
                case 'e':
                    if (Ends("izer")) { R("ize"); }
                    break;
                case 'l':
                    if (Ends("bli")) { R("ble"); break; }
                    if (Ends("alli")) { R("al"); break; }
                    if (Ends("entli")) { R("ent"); break; }
                    if (Ends("eli")) { R("e"); break; }
                    if (Ends("ousli")) { R("ous"); }
                    break;
                case 'o':
                    if (Ends("ization")) { R("ize"); break; }
                    if (Ends("ation")) { R("ate"); break; }
                    if (Ends("ator")) { R("ate"); }
                    break;
                case 's':
                    if (Ends("alism")) { R("al"); break; }
                    if (Ends("iveness")) { R("ive"); break; }
                    if (Ends("fulness")) { R("ful"); break; }
                    if (Ends("ousness")) { R("ous"); }
                    break;
                case 't':
                    if (Ends("aliti")) { R("al"); break; }
                    if (Ends("iviti")) { R("ive"); break; }
                    if (Ends("biliti")) { R("ble"); }
                    break;
                case 'g':
                    if (Ends("logi")) { R("log"); }
                    break;
            }
        }

        /// <summary>-ic-, -full, -ness and the like.</summary>
        public void Step3()
        {
            switch (_b[K])
            {
                case 'e':
                    if (Ends("icate")) { R("ic"); break; }
                    if (Ends("ative")) { R(string.Empty); break; }
                    if (Ends("alize")) { R("al"); }
                    break;
                case 'i':
                    if (Ends("iciti")) { R("ic"); }
                    break;
                case 'l':
                    if (Ends("ical")) { R("ic"); break; }
                    if (Ends("ful")) { R(string.Empty); }
                    break;
                case 's':
                    if (Ends("ness")) { R(string.Empty); }
                    break;
            }
        }

        /// <summary>-ant, -ence and the like, when m &gt; 1.</summary>
        public void Step4()
        {
            if (K < 1)
            {
                return;
            }

            bool found = _b[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && _b[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (found && M() > 1)
            {
                K = _j;
            }
        }

        /// <summary>A final -e when m &gt; 1 (or m = 1 and not *o), and -ll to -l when m &gt; 1.</summary>
        public void Step5()
        {
            _j = K;
            if (_b[K] == 'e')
            {
                int a = M();
                if (a > 1 || (a == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            if (_b[K] == 'l' && DoubleC(K) && M() > 1)
            {
                K--;
            }
        }
    }
}
