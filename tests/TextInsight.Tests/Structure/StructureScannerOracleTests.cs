using CsCheck;
using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// Issue 17g's fast paths against the code they replaced, kept here as oracles: <see cref="TextUnitReader.Measure"/>'s
/// per-character classes (an ASCII table) against the loop over <c>char.IsWhiteSpace</c>/<c>IsLetter</c>/<c>IsUpper</c>/
/// <c>IsLower</c>/<c>IsDigit</c>, and <see cref="ArticleMetadataReader.MayHoldDate"/>, the check that spares the date
/// expression, as a necessary condition of that expression.
/// </summary>
public sealed class StructureScannerOracleTests
{
    private static readonly Gen<string> Lines =
        Gen.Char[" \t\u00A0\u2003aZéÉßǅ19 20-05,.|¦>»›→'’٣٤Ωω_x\u0301Jan jan May SEPT 3rd, 2024 1999-12-31 20x1"].Array[0, 60].Select(chars => new string(chars));

    private static readonly Gen<string> LongLines =
        Gen.OneOf<string>(
            "(The", "\"quoted", "'tis", "--", "(", "\"", "x", "X", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "É", "é", "ǅ", "ß", "12",
            "2024", "a|b", "|", "¦", " > ", " » ", " › ", " → ", ">", ">x", "Ωmega", "ωmega", "٣٤", "_", "…", "’s", "\uD83D\uDE00", "-1",
            "----------------", "................................", "(((((((((((((((((((((((((((((((((")
        .Array[4, 90].Select(parts => string.Concat(parts));

    private static readonly Gen<string> DateLines = Gen.OneOf(
        Lines,
        Gen.Select(
            Gen.OneOf<string>("", "Published ", "Updated: ", "on ", "x", "9", "_", "(", "Mon, "),
            Gen.OneOf<string>("3 May 2024", "May 3, 2024", "3rd\u00A0sept\t1999", "2019-04-01", "1999-1", "20-05-2020", "March 2020", "12 Dec 20٣٤", "Jan 1 2000x", "2020-12-31x", "x2020-01-01", "Oct. 9th 2001"),
            Gen.OneOf<string>("", " 10:31 pm", ".", "-", "x", " | Site", "9"),
            (a, b, c) => a + b + c));

    [Fact]
    public void Measure_counts_as_the_char_methods_do_on_a_table_of_lines()
    {
        string[] cases =
        [
            "", " ", "Hello World", "hello WORLD 2024", "Home > News > World", "a | b ¦ c", "Ǆemal ǅ ǆ", "ÉTÉ été",
            "   leading and trailing   ", "12,000 views", "By Jane Doe - May 3, 2024", "\u00A0non\u2003breaking", "Ω ω ٣٤ 12",
            "» Next › → end", "x>y > z", "_under_score_", "\"Quoted.\"", "ⅷ roman Ⅻ", "ﬁ ligature", SeedArticle.Text,
            new string(' ', 32) + new string('-', 40) + "Word", new string('x', 31) + " " + new string('"', 33) + "word",
            new string('(', 64) + "lower " + new string('(', 70) + "Upper", new string('x', 31) + " > " + new string('y', 29) + " → z",
        ];
        foreach (string s in cases)
        {
            AssertSameCounts(s);
        }
    }

    [Fact]
    public void Measure_counts_as_the_char_methods_do_on_generated_lines()
    {
        Lines.Sample(AssertSameCounts, iter: 5000);
    }

    [Fact]
    public void Measure_counts_as_the_char_methods_do_on_long_generated_lines()
    {
        // Units of 16 characters or more are counted 32 characters at a time: words that open with quotes or brackets,
        // words and plain spaces across the blocks' edges, arrows between spaces, characters outside ASCII.
        LongLines.Sample(AssertSameCounts, iter: 20000);
    }

    [Fact]
    public void Units_are_counted_in_blocks_where_the_machine_has_avx2()
    {
        // Without 256-bit vectors only the character loop exists (and the other tests cover it).
        Assert.True(!System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated || TextUnitReader.UsesBlocks, "the block masks disagree with the char methods, so every unit took the character loop");
    }

    [Fact]
    public void Measure_matches_the_char_methods_on_every_character()
    {
        for (int c = 0; c < 0x10000; c++)
        {
            string s = "a" + (char)c + "B";
            AssertSameCounts(s);
        }
    }

    [Fact]
    public void Date_check_holds_on_every_line_the_date_expression_matches()
    {
        string[] matching = ["3 May 2024", "Published May 3, 2024", "2019-04-01", "on 3rd sept 1999 10:31", "Mon, 12 Dec 20٣٤"];
        foreach (string s in matching)
        {
            Assert.True(ArticleMetadataReader.DateRegex().IsMatch(s), s);
            Assert.True(ArticleMetadataReader.MayHoldDate(s), s);
        }

        // Lines without a year after a non-word character or before a dash: the check spares the expression.
        string[] spared = ["12,000 views", "Room x1920", "x2019 y", "Call 020-7946", "Page 19 of 20"];
        foreach (string s in spared)
        {
            Assert.False(ArticleMetadataReader.MayHoldDate(s), s);
            Assert.False(ArticleMetadataReader.DateRegex().IsMatch(s), s);
        }

        DateLines.Sample(s => !ArticleMetadataReader.DateRegex().IsMatch(s) || ArticleMetadataReader.MayHoldDate(s), iter: 20000);
    }

    [Fact]
    public void Phrase_set_answers_as_the_hash_set()
    {
        string[] phrases = ["read more", "x", "share", "terms & conditions", "", "über uns", "a very long phrase of sixty-four characters, give or take one or two"];
        var set = new PhraseSet(phrases);
        var oracle = new HashSet<string>(phrases, StringComparer.Ordinal);
        foreach (string p in phrases)
        {
            Assert.True(set.Contains(p), p);
        }

        string[] misses = ["read mor", "Read more", "y", "shares", "über", "ü", "a very long phrase of sixty-four characters, give or take one or tw0"];
        foreach (string m in misses)
        {
            Assert.False(set.Contains(m), m);
        }

        var keys = Gen.OneOf(
            Gen.Char["rea dmoxshü&ctnsiuRX"].Array[0, 12].Select(c => new string(c)),
            Gen.OneOf<string>(phrases).Select(Gen.Int[0, 70], (p, k) => p[..Math.Min(k, p.Length)]));
        keys.Sample(k => set.Contains(k) == oracle.Contains(k), iter: 20000);
        var empty = new PhraseSet(["abc"]);
        Assert.False(empty.Contains(string.Empty));
    }

    [Fact]
    public void Upper_cased_lead_finds_an_ascii_word_where_the_case_insensitive_search_does()
    {
        // Every character against every ASCII character: equal ignoring case exactly when the lead's mapping of the one
        // is the other upper-cased.
        var one = new char[1];
        for (int c = 0; c < 0x10000; c++)
        {
            if (LineFeatures.UpperLead([(char)c], one) < 0)
            {
                Assert.True(char.IsSurrogate((char)c));
                continue;
            }

            for (int a = 0; a < 128; a++)
            {
                bool same = ((char)c).ToString().Equals(((char)a).ToString(), StringComparison.OrdinalIgnoreCase);
                Assert.True(same == (one[0] == char.ToUpperInvariant((char)a)), $"U+{c:X4} against U+{a:X4}");
            }
        }

        // Whole searches, with letters that upper-case to ASCII, surrogate pairs and other non-ASCII text in the lead.
        var leads = Gen.Char["aAbBsSiIkK ıſKéÉ’—\uD83D\uDE00\uD801\uDC28-1"].Array[0, 40].Select(c => new string(c));
        var words = Gen.Char["aAbBsSiIkK1"].Array[1, 5].Select(c => new string(c));
        // CsCheck runs the samples on several threads at once: each sample has its own buffer (a shared one made the
        // property fail at random, with a shrunk case that passes).
        Gen.Select(leads, words).Sample(
            (lead, word) =>
            {
                var buffer = new char[64];
                int n = LineFeatures.UpperLead(lead, buffer);
                bool fast = n < 0 ? lead.Contains(word, StringComparison.OrdinalIgnoreCase) : buffer.AsSpan(0, n).IndexOf(word.ToUpperInvariant().AsSpan()) >= 0;
                return fast == lead.Contains(word, StringComparison.OrdinalIgnoreCase);
            },
            iter: 50000);
    }

    [Fact]
    public void A_lead_word_whose_ascii_run_is_missing_is_not_in_the_lead()
    {
        // Issue 17t: a word that is not all ASCII is searched case-insensitively only when its longest ASCII run, upper-
        // cased, is in the upper-cased lead. Whenever that run is missing the case-insensitive search must find nothing;
        // leads hold letters that upper-case to ASCII (ı, ſ, the Kelvin sign) and non-ASCII letters in both cases.
        var random = new Random(17);
        const string leadChars = "aAbBkKéÉüÜıſK ’—-1";
        const string wordChars = "aAbBkKéÉüÜ1";
        var buffer = new char[64];
        var upper = new char[64];
        int skipped = 0;
        for (int k = 0; k < 50000; k++)
        {
            var lead = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => leadChars[random.Next(leadChars.Length)]).ToArray());
            var word = new string(Enumerable.Range(0, random.Next(1, 7)).Select(_ => wordChars[random.Next(wordChars.Length)]).ToArray());
            int n = LineFeatures.UpperLead(lead, upper);
            Assert.True(n >= 0);
            if (LineFeatures.LacksAsciiRun(word, upper.AsSpan(0, n), buffer))
            {
                skipped++;
                Assert.False(lead.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' in '{lead}'");
            }
        }

        Assert.True(skipped > 1000, $"the run answered only {skipped} searches");
    }

    [Fact]
    public void Normalize_writes_what_the_char_methods_write()
    {
        // Issue 17i's ASCII table in BoilerplateSignals.Normalize against the loop over char.IsLetterOrDigit and
        // ToLowerInvariant it replaced; buffers shorter than the text cut it as before. Each sample has its own buffers.
        var texts = Gen.Char["aZ09 &'’.,;:-_|©@()cCÉéİıſK\u212AΩ\u00A0\t!?\uD83D\uDE00"].Array[0, 70].Select(c => new string(c));
        Gen.Select(texts, Gen.Int[0, 80]).Sample(
            (text, size) =>
            {
                var fast = new char[size];
                var slow = new char[size];
                return BoilerplateSignals.Normalize(text, fast).SequenceEqual(OldNormalize(text, slow));
            },
            iter: 20000);
    }

    [Fact]
    public void Normalize_copies_plain_lines_as_the_char_loop_does()
    {
        // Issue 17t's vectorized copy of lines of ASCII letters, digits, &, ' and single spaces, against the loop it
        // skips: spaces at either end, double spaces, a character outside the set and buffers shorter than the line
        // take the loop, and every sample must read as the loop reads it. Each sample has its own buffers.
        var texts = Gen.OneOf(
            Gen.Char["aZ09&' "].Array[0, 70].Select(c => new string(c)),
            Gen.Char["abcXYZ 7"].Array[1, 40].Select(c => new string(c)),
            Gen.OneOf<string>("Sign in", "Terms of Use", "AT&T", "Don't Miss", "Top 10", " Home", "Home ", "World  News", "Ca.", "Z"));
        Gen.Select(texts, Gen.Int[0, 80]).Sample(
            (text, size) =>
            {
                var fast = new char[size];
                var slow = new char[size];
                return BoilerplateSignals.Normalize(text, fast).SequenceEqual(OldNormalize(text, slow));
            },
            iter: 20000);
    }

    [Fact]
    public void Footer_symbol_search_finds_what_the_four_searches_found()
    {
        var texts = Gen.Char["(c)C ©@x(("].Array[0, 40].Select(c => new string(c));
        texts.Sample(
            s => BoilerplateSignals.HasFooterSymbol(s)
                 == (s.AsSpan().IndexOfAny('©', '@') >= 0 || s.Contains("(c)", StringComparison.Ordinal) || s.Contains("(C)", StringComparison.Ordinal)),
            iter: 20000);
    }

    [Fact]
    public void Prefix_lookup_finds_what_the_search_word_by_word_found()
    {
        // Issue 17j's BoilerplateSignals.StartsWithAny (no look-up when no phrase starts with the first character, spaces
        // found by reading) against the search for each space it replaced.
        var set = new PhraseSet(["read more", "share", "terms & conditions", "x", "über uns", "a b c d"]);
        var texts = Gen.OneOf(
            Gen.Char["readmoxshü &ctnsiuRbd"].Array[0, 30].Select(c => new string(c)),
            Gen.OneOf<string>("read more", "share", "terms & conditions now", "x y", "über uns x", "a b c d e", "a b c", " share", "", " "));
        texts.Sample(t => BoilerplateSignals.StartsWithAny(t, set) == OldStartsWithAny(t, set), iter: 20000);
        Assert.True(BoilerplateSignals.StartsWithAny("read more of this", set));
        Assert.False(BoilerplateSignals.StartsWithAny("reader more", set));
    }

    [Fact]
    public void Upper_share_counts_as_the_char_methods_do()
    {
        // Issue 17j's UpperShare (sixteen ASCII characters at a time) against the loop over char.IsLetter and char.IsUpper.
        var texts = Gen.OneOf(
            Gen.Char["aZ09 @[`{AzÉéǅßΩω\u0301\uD83D\uDE00"].Array[0, 70].Select(c => new string(c)),
            Gen.Char["aZbY Q.@[`{"].Array[0, 90].Select(c => new string(c)));
        texts.Sample(
            t =>
            {
                int letters = 0, upper = 0;
                foreach (char c in t)
                {
                    if (char.IsLetter(c))
                    {
                        letters++;
                        upper += char.IsUpper(c) ? 1 : 0;
                    }
                }

                float expected = letters == 0 ? 0 : (float)upper / letters;
                return BitConverter.SingleToInt32Bits(LineFeatures.UpperShare(t)) == BitConverter.SingleToInt32Bits(expected);
            },
            iter: 20000);
    }

    [Fact]
    public void Byline_opening_check_answers_as_the_case_insensitive_comparisons()
    {
        // Issue 17j's first-letter check before the byline openings against StartsWith(OrdinalIgnoreCase) with each
        // opening, for every first character before each opening's rest (and a few whole lines).
        string[] openings = ArticleMetadataReader.BylineOpenings;
        var lines = new List<string> { "", "B", "By Jane Doe", "BY JANE", "Ｂy x", "ſtory", "\u212Aey", "Posted on", "x" };
        for (int c = 0; c < 0x10000; c++)
        {
            foreach (string o in openings)
            {
                lines.Add((char)c + o[1..] + " Doe");
            }
        }

        foreach (string line in lines)
        {
            bool expected = openings.Any(o => line.StartsWith(o, StringComparison.OrdinalIgnoreCase));
            Assert.True(expected == ArticleMetadataReader.StartsWithBylineOpening(line), $"U+{(line.Length > 0 ? line[0] : 0):X4} {line}");
        }
    }

    [Fact]
    public void Repeats_are_counted_as_the_sort_by_length_and_hash_counted_them()
    {
        // Issue 17j's CountRepeats (units counted by length, equal keys in a hash table) against the two sorts it replaced,
        // on texts of repeated lines in several cases, with lines longer than the length table.
        string longLine = new('x', 2100);
        var lines = Gen.OneOf<string>("Home", "HOME", "home", "News", "Sport", "Share this", "share THIS", "x", "X", "Read more", longLine, longLine.ToUpperInvariant(), longLine + "y", "É", "é");
        lines.Array[0, 60].Sample(
            picked =>
            {
                string text = string.Join("\n", picked);
                var units = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ArticleParser.ReadUnits(text));
                var fast = new int[units.Length];
                LineFeatures.CountRepeats(text, units, fast);
                return fast.AsSpan().SequenceEqual(OldCountRepeats(text, units));
            },
            iter: 3000);
    }

    /// <summary>LineFeatures.CountRepeats before issue 17j, as the oracle.</summary>
    private static int[] OldCountRepeats(string text, ReadOnlySpan<TextUnit> units)
    {
        int n = units.Length;
        var repeats = new int[n];
        var byLength = new long[n];
        for (int i = 0; i < n; i++)
        {
            byLength[i] = ((long)units[i].Length << 32) | (uint)i;
        }

        Array.Sort(byLength);
        for (int a = 0; a < n;)
        {
            int b = a + 1;
            while (b < n && byLength[b] >> 32 == byLength[a] >> 32)
            {
                b++;
            }

            var run = new long[b - a];
            for (int k = a; k < b; k++)
            {
                var u = units[(int)byLength[k]];
                int hash = string.GetHashCode(text.AsSpan(u.Start, u.Length), StringComparison.OrdinalIgnoreCase);
                run[k - a] = ((long)hash << 32) | (uint)(int)byLength[k];
            }

            Array.Sort(run);
            for (int c = 0; c < run.Length;)
            {
                int d = c + 1;
                while (d < run.Length && run[d] >> 32 == run[c] >> 32)
                {
                    d++;
                }

                for (int k = c; k < d; k++)
                {
                    repeats[(int)run[k]] = run.Length == 1 ? 0 : d - c - 1;
                }

                c = d;
            }

            a = b;
        }

        return repeats;
    }

    /// <summary>BoilerplateSignals.StartsWithAny before issue 17j, as the oracle.</summary>
    private static bool OldStartsWithAny(ReadOnlySpan<char> n, PhraseSet phrases)
    {
        int end = -1;
        for (int words = 0; words < 4; words++)
        {
            int from = end + 1;
            int space = n[from..].IndexOf(' ');
            end = space < 0 ? n.Length : from + space;
            if (phrases.Contains(n[..end]))
            {
                return true;
            }

            if (space < 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>BoilerplateSignals.Normalize before issue 17i's table, as the oracle.</summary>
    private static ReadOnlySpan<char> OldNormalize(ReadOnlySpan<char> s, Span<char> buffer)
    {
        int n = 0;
        bool space = false;
        foreach (char c in s)
        {
            if (n == buffer.Length)
            {
                break;
            }

            bool digitPunct = (c is '.' or ',') && n > 0 && char.IsAsciiDigit(buffer[n - 1]);
            if (char.IsLetterOrDigit(c) || c is '&' or '\'' or '’' || digitPunct)
            {
                if (space && n > 0 && n < buffer.Length)
                {
                    buffer[n++] = ' ';
                }

                space = false;
                if (n < buffer.Length)
                {
                    buffer[n++] = c;
                }
            }
            else
            {
                space = true;
            }
        }

        while (n > 0 && (buffer[n - 1] is '.' or ','))
        {
            n--;
        }

        for (int k = 0; k < n; k++)
        {
            buffer[k] = char.ToLowerInvariant(buffer[k]);
        }

        return buffer[..n];
    }

    private static void AssertSameCounts(string s)
    {
        var unit = TextUnitReader.Measure(s, 0, s.Length, 1);
        var expected = OldMeasure(s);
        Assert.Equal(expected, (unit.Words, unit.Letters, unit.CapitalWords, unit.LowerWords, unit.StartsUpper, unit.Digits, unit.Pipes, unit.CrumbSeparators));
    }

    /// <summary>The counting loop of <see cref="TextUnitReader.Measure"/> before the table (0fc2c6a), as the oracle.</summary>
    private static (int Words, int Letters, int Capital, int Lower, bool StartsUpper, int Digits, int Pipes, int Crumbs) OldMeasure(ReadOnlySpan<char> s)
    {
        int words = 0, letters = 0, capital = 0, lower = 0, digits = 0, pipes = 0, crumbs = 0;
        bool startsUpper = false;
        bool inWord = false;
        bool wordCased = false;
        bool firstSeen = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                wordCased = false;
                words++;
            }

            if (char.IsLetter(c))
            {
                letters++;
                if (!wordCased)
                {
                    wordCased = true;
                    if (char.IsUpper(c))
                    {
                        capital++;
                    }
                    else if (char.IsLower(c))
                    {
                        lower++;
                    }
                }

                if (!firstSeen)
                {
                    firstSeen = true;
                    startsUpper = !char.IsLower(c);
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
                wordCased = true;
                if (!firstSeen)
                {
                    firstSeen = true;
                    startsUpper = true;
                }
            }
            else if (c == '|' || c == '¦')
            {
                pipes++;
            }
            else if ((c is '>' or '»' or '›' or '→') && i > 0 && i + 1 < s.Length && s[i - 1] == ' ' && s[i + 1] == ' ')
            {
                crumbs++;
            }
        }

        return (words, letters, capital, lower, startsUpper, digits, pipes, crumbs);
    }
}
