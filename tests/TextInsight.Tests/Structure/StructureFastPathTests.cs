using System.Buffers;
using CsCheck;
using System.Runtime.InteropServices;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The structure model's fast paths (<see cref="LineScanner"/>'s table and vector scan, <see cref="FlatTrees"/>, the
/// repetition count of <see cref="LineFeatures"/>) against the plain code they replaced: the same counts, and
/// probabilities equal to the last bit, so that the model decides exactly as it was trained and measured.
/// </summary>
public sealed class StructureFastPathTests
{
    /// <summary>Texts to compare on: corpus/, the seed, and the BBC articles where the shared data are present.</summary>
    private static IEnumerable<string> Texts()
    {
        yield return SeedArticle.Text;
        foreach (string f in Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            yield return File.ReadAllText(f);
        }

        string bbc = Path.Combine(RepoPaths.SharedData, "bbc", "articles");
        if (Directory.Exists(bbc))
        {
            foreach (string f in Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                yield return TextDecoding.Decode(File.ReadAllBytes(f), out _);
            }
        }
    }

    [Fact]
    public void Ascii_text_takes_the_vector_path_on_this_machine()
    {
        // Without 128-bit vectors only the scalar path exists (and the other tests cover it).
        Assert.True(!System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated || LineScanner.UsesVectors, "the vector masks disagree with char's classes, so every unit took the scalar path");
    }

    [Fact]
    public void Scan_counts_as_the_character_by_character_scan_on_every_unit_of_real_text()
    {
        int units = 0;
        foreach (string text in Texts())
        {
            foreach (var u in ArticleParser.ReadUnits(text))
            {
                AssertSameScan(text.AsSpan(u.Start, u.Length));
                units++;
            }

            // Whole texts too: long spans, line breaks, several blocks of 32.
            AssertSameScan(text);
        }

        Assert.True(units > 100, $"only {units} units compared");
    }

    [Fact]
    public void Scan_counts_as_the_character_by_character_scan_on_random_text()
    {
        // Stopwords in any case, apostrophes, digits and years, $ and :, non-ASCII letters, quotes and spaces, at every
        // offset around the 32-character blocks and the 8-character word loads.
        string[] pieces =
        [
            "the", "The", "THE", "a", "I", "it's", "IT'S", "don't", "’s", "n't", "nevertheless", "Nevertheless", "together",
            "whereafter", "yourselves", "government", "x", "İ", "café", "naïve", "1999", "2024", "20245", "199", "12:30",
            "$5", "$", "£5", "€", ":", ",", ".", "-", "'", "\"", "“", " ", "  ", "\t", "\n", "\u00A0", "www.", "://", "@",
            "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJ", "q'", "'the", "the'", "x1999", "1999x", "K", "\u212A",
        ];
        var random = new Random(1717);
        for (int trial = 0; trial < 20000; trial++)
        {
            var sb = new System.Text.StringBuilder();
            int count = random.Next(0, 30);
            for (int k = 0; k < count; k++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    sb.Append(' ');
                }
            }

            AssertSameScan(sb.ToString());
        }
    }

    [Fact]
    public void Every_stopword_is_found_in_a_block_and_its_neighbours_are_not()
    {
        // Each stopword, in lower and upper case, and the same word with a letter added or dropped, inside a line long
        // enough for the block path (the short words take the two-slot look-up, the longer ones the table).
        foreach (string word in EnglishStopwords.All)
        {
            foreach (string form in new[] { word, word.ToUpperInvariant(), word + "q", "q" + word, word.Length > 1 ? word[..^1] : "zz" })
            {
                AssertSameScan("0123456789 0123 " + form + " 0123456789");
                AssertSameScan(new string('-', 30) + " " + form + ", ok");
            }
        }
    }

    [Fact]
    public void Scan_counts_as_the_character_by_character_scan_on_generated_lines_outside_ascii()
    {
        // Lines of 16 characters or more (the block path) that mix ASCII with curly quotes, dashes, accented and other
        // letters, currency signs, non-ASCII spaces and digits and lone surrogates, at every place around the blocks of 32
        // and the word loads of 8; each sample builds its own string (CsCheck runs samples on several threads).
        var pieces = Gen.OneOf<string>(
            "the", "The", "it’s", "IT’S", "’s", "don’t", "café", "Café", "naïve", "über", "İ", "ǅ", "\u212A", "ß", "Ω", "ω",
            "—", "–", "“", "”", "’", "‘", "…", "«", "»", "£5", "€", "¥3", "₹9", "$5", "12:30", "1999", "2024", "٣٤", "\u00A0",
            "\u2003", "\u3000", "\uD83D\uDE00", "\uD800", "\uDC00", " ", "  ", ",", ".", ":", "'", "a", "x", "of", "and",
            "nevertheless", "together", "yourselves", "Ünïcödé", "www.", "@");
        Gen.Select(pieces.Array[4, 40], CsCheck.Gen.Int[0, 40], (parts, pad) => new string('x', pad % 3) + string.Join(pad % 2 == 0 ? " " : string.Empty, parts))
            .Sample(
                line =>
                {
                    LineScanner.Scan(line, out int a0, out int a1, out int a2, out bool a3, out bool a4, out bool a5);
                    ReferenceScan.Scan(line, out int b0, out int b1, out int b2, out bool b3, out bool b4, out bool b5);
                    return (a0, a1, a2, a3, a4, a5) == (b0, b1, b2, b3, b4, b5);
                },
                iter: 20000);
    }

    [Fact]
    public void Word_count_counts_as_the_character_by_character_count_on_generated_text()
    {
        // TextUnitReader.CountWords reads eight printable ASCII chars at a time and falls back to char.IsWhiteSpace for the
        // rest of the text from the first block holding anything else (tabs, line breaks, non-ASCII spaces and letters).
        var pieces = Gen.OneOf<string>(
            "the", "The", "a", "x", "nevertheless", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u0085", "\u001F", "café",
            "—", ",", ".", "~", "\u007F", "1999");
        Gen.Select(pieces.Array[0, 60], CsCheck.Gen.Int[0, 20], (parts, pad) => new string(' ', pad % 3) + string.Join(pad % 2 == 0 ? " " : string.Empty, parts))
            .Sample(
                text =>
                {
                    int expected = 0;
                    bool inWord = false;
                    foreach (char c in text)
                    {
                        expected += !char.IsWhiteSpace(c) && !inWord ? 1 : 0;
                        inWord = !char.IsWhiteSpace(c);
                    }

                    return TextUnitReader.CountWords(text) == expected;
                },
                iter: 20000);
    }

    [Fact]
    public void Flat_trees_sum_as_the_pointer_walk_to_the_last_bit()
    {
        var random = new Random(5);
        foreach (int depth in new[] { 1, 3, 4, 5 })
        {
            const int features = 7;
            const int rows = 400;
            var x = new float[rows * features];
            var y = new bool[rows];
            for (int i = 0; i < rows; i++)
            {
                for (int f = 0; f < features; f++)
                {
                    // Few distinct values, so some nodes cannot split and leaves sit above the last level.
                    x[(i * features) + f] = random.Next(4) * 0.5f;
                }

                y[i] = x[i * features] + x[(i * features) + 1] > 1.2f || random.Next(10) == 0;
            }

            var trees = BoostedTrees.Train(x, features, y, new double[rows], count: 25, depth, learningRate: 0.3, lambda: 1, minHessian: 1);
            var flat = new FlatTrees(trees);
            var row = new float[features];
            for (int trial = 0; trial < 2000; trial++)
            {
                for (int f = 0; f < features; f++)
                {
                    row[f] = random.Next(12) switch
                    {
                        0 => float.NaN,
                        1 => float.PositiveInfinity,
                        2 => -1,
                        _ => random.Next(6) * 0.25f,
                    };
                }

                Assert.Equal(BitConverter.DoubleToInt64Bits(trees.Evaluate(row)), BitConverter.DoubleToInt64Bits(flat.Evaluate(row)));
            }

            // Many rows at once (four at a time, then the rest one by one), at any offsets: the same sums.
            int count = 4003;
            var many = new float[(count * features) + 3];
            for (int k = 0; k < many.Length; k++)
            {
                many[k] = random.Next(12) switch
                {
                    0 => float.NaN,
                    1 => -1,
                    _ => random.Next(6) * 0.25f,
                };
            }

            var at = new int[count];
            for (int k = 0; k < count; k++)
            {
                at[k] = random.Next(many.Length - features + 1);
            }

            var sums = new double[count];
            flat.EvaluateRows(many, at, sums);
            for (int k = 0; k < count; k++)
            {
                double expected = trees.Evaluate(many.AsSpan(at[k], features));
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sums[k]));
            }
        }
    }

    [Fact]
    public void Built_in_ensembles_sum_as_the_pointer_walk_eight_rows_at_a_time_and_one_at_a_time()
    {
        // The vector walks (sixteen rows in columns where the machine has AVX-512, eight rows) and the scalar walk against
        // the pointer walk, on the shipped trees, for every count of rows from 1 to 41 (full and partial blocks of eight
        // and sixteen), with values at the thresholds, NaN and infinities.
        var model = StructureModel.Default;
        Assert.NotNull(model);
        var random = new Random(17);
        foreach (var trees in new[] { model.Pass1, model.Pass2, model.Title })
        {
            var flat = new FlatTrees(trees);
            var thresholds = trees.Nodes.Threshold;
            int width = LineFeatures.Width;
            var rows = new float[(41 * width) + 5];
            for (int k = 0; k < rows.Length; k++)
            {
                rows[k] = random.Next(10) switch
                {
                    0 => float.NaN,
                    1 => random.Next(2) == 0 ? float.PositiveInfinity : float.NegativeInfinity,
                    2 or 3 or 4 => thresholds[random.Next(thresholds.Length)],
                    5 => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(thresholds[random.Next(thresholds.Length)]) + 1),
                    _ => (float)((random.NextDouble() * 40) - 5),
                };
            }

            for (int count = 1; count <= 41; count++)
            {
                var at = new int[count];
                for (int k = 0; k < count; k++)
                {
                    at[k] = random.Next(rows.Length - width + 1);
                }

                foreach (var (scalar, eightRows) in new[] { (false, false), (false, true), (true, false) })
                {
                    var sums = new double[count];
                    FlatTrees.ForceScalar = scalar;
                    FlatTrees.ForceEightRows = eightRows;
                    try
                    {
                        flat.EvaluateRows(rows, at, sums);
                    }
                    finally
                    {
                        FlatTrees.ForceScalar = false;
                        FlatTrees.ForceEightRows = false;
                    }

                    for (int k = 0; k < count; k++)
                    {
                        double expected = trees.Evaluate(rows.AsSpan(at[k], width));
                        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sums[k]));
                    }
                }
            }
        }
    }

    [Fact]
    public void Trees_take_the_vector_walk_where_the_machine_has_avx2()
    {
        Assert.Equal(System.Runtime.Intrinsics.X86.Avx2.IsSupported && System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated, FlatTrees.UsesVectors);
        Assert.Equal(System.Runtime.Intrinsics.X86.Avx512F.IsSupported && System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated, FlatTrees.UsesWideVectors);
    }

    [Fact]
    public void Boilerplate_lower_casing_is_char_ToLowerInvariant_on_every_character()
    {
        // Normalize lower-cases from a table filled on first use; compare with the method on every UTF-16 code unit,
        // in ASCII and non-ASCII spans (each takes its own path).
        var buffer = new char[256];
        for (int c = 0; c < 0x10000; c += 100)
        {
            var s = new char[100];
            for (int k = 0; k < 100; k++)
            {
                s[k] = (char)Math.Min(0xFFFF, c + k);
            }

            var n = BoilerplateSignals.Normalize(s, buffer);
            var expected = new System.Text.StringBuilder();
            foreach (char ch in s)
            {
                if (char.IsLetterOrDigit(ch) || ch is '&' or '\'' or '’')
                {
                    expected.Append(char.ToLowerInvariant(ch));
                }
            }

            // Normalize also turns runs of other characters into one space: compare the characters it kept.
            Assert.Equal(expected.ToString(), n.ToString().Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        Assert.Equal("share this now", BoilerplateSignals.Normalize("SHARE This, NOW!", buffer).ToString());
        Assert.Equal("über straße", BoilerplateSignals.Normalize("ÜBER Straße", buffer).ToString());
    }

    [Fact]
    public void Built_in_model_gives_the_probabilities_of_its_trees_walked_one_node_at_a_time()
    {
        var model = StructureModel.Default;
        Assert.NotNull(model);
        int compared = 0;
        foreach (string text in Texts().Take(300))
        {
            var units = ArticleParser.ReadUnits(text).ToArray();
            int n = units.Length;
            var body = new double[n];
            var title = new double[n];
            model.Predict(text, units, body, title);

            // The same three passes with the trees walked node by node.
            var rows = new float[n * LineFeatures.Width];
            LineFeatures.Fill(text, units, rows);
            var p1 = new double[n];
            for (int i = 0; i < n; i++)
            {
                p1[i] = StructureModel.Sigmoid(model.Bias1 + model.Pass1.Evaluate(rows.AsSpan(i * LineFeatures.Width, LineFeatures.Width)));
            }

            LineFeatures.FillSequence(units, p1, rows);
            var p2 = new double[n];
            for (int i = 0; i < n; i++)
            {
                p2[i] = StructureModel.Sigmoid(model.Bias2 + model.Pass2.Evaluate(rows.AsSpan(i * LineFeatures.Width, LineFeatures.Width)));
                Assert.Equal(BitConverter.DoubleToInt64Bits(p2[i]), BitConverter.DoubleToInt64Bits(body[i]));
            }

            LineFeatures.FillTitle(text, units, p2, rows);
            int window = LineFeatures.TitleWindow(units, p2);
            for (int i = 0; i < window; i++)
            {
                double expected = ArticleParser.IsTitleSized(units[i])
                    ? StructureModel.Sigmoid(model.BiasTitle + model.Title.Evaluate(rows.AsSpan(i * LineFeatures.Width, LineFeatures.Width)))
                    : 0;
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(title[i]));
            }

            compared += n;
        }

        Assert.True(compared > 50, $"only {compared} units compared");
    }

    [Fact]
    public void Headline_pair_and_lead_features_are_those_of_the_loops_over_every_pair()
    {
        // Headlines shown again with a site's name, at the end of breadcrumbs, in other cases; lines sharing only a first
        // or a last character; body lines whose words come back in later lines; characters outside ASCII and surrogates.
        // Each sample builds its own arrays (CsCheck runs samples on several threads).
        var lines = Gen.OneOf<string>(
            "Big storm hits the coast", "Big storm hits the coast | News Site", "BIG STORM HITS THE COAST - Site", "News Site",
            "Home > World > Big storm hits the coast", "Big storm hits the coastline", "Storm hits the coast", "Big", "Weather",
            "Élan vital returns to town", "élan vital returns to town | Site", "Sports news today", "Sports", "x", "Zebra crossings",
            "Zebra crossings and storms in town", "The storm that hit the coast on Monday left thousands of homes without power, officials said.",
            "Residents of the coast were told to stay indoors as the storm \uD83D\uDE00 passed over the town and its élan faded.",
            "Sports fans stayed home. The crossings were closed for hours while crews cleared the roads of fallen trees.",
            "Kelvin \u212A scale", "ſtorm hits", "");
        Gen.Select(lines.Array[1, 70], Gen.Double[0, 1].Array[70]).Sample(
            (parts, p) =>
            {
                string text = string.Join("\n", parts);
                var units = ArticleParser.ReadUnits(text).ToArray();
                int n = units.Length;
                var p2 = p.AsSpan(0, n).ToArray();
                var rows = new float[n * LineFeatures.Width];
                LineFeatures.FillTitle(text, units, p2, rows);
                int window = LineFeatures.TitleWindow(units, p2);
                int head = Math.Min(n, window + 10);
                for (int i = 0; i < window; i++)
                {
                    if (!ArticleParser.IsTitleSized(units[i]))
                    {
                        continue;
                    }

                    var row = rows.AsSpan((i * LineFeatures.Width) + LineFeatures.Pass2Count, LineFeatures.TitleExtraCount);
                    PairReference.LeadOverlap(text, units, p2, i, out int found, out int words);
                    if (row[LineFeatures.HeldByOthersColumn - LineFeatures.Pass2Count] != PairReference.HeldByOthers(text, units, i, head)
                        || row[LineFeatures.HoldsOtherColumn - LineFeatures.Pass2Count] != (PairReference.HoldsOther(text, units, i, window) ? 1 : 0)
                        || row[6] != found || row[7] != words)
                    {
                        return false;
                    }
                }

                return true;
            },
            iter: 3000);
    }

    /// <summary>The headline-pair features and the lead overlap as they were computed before issue 17i, each pair and each lead on its own.</summary>
    private static class PairReference
    {
        public static int HeldByOthers(string text, TextUnit[] units, int i, int head)
        {
            var s = text.AsSpan(units[i].Start, units[i].Length);
            if (s.Length < 8)
            {
                return 0;
            }

            int count = 0;
            for (int k = 0; k < head; k++)
            {
                if (k != i && units[k].Length > s.Length && Holds(text.AsSpan(units[k].Start, units[k].Length), s))
                {
                    count++;
                }
            }

            return Math.Min(count, 50);
        }

        public static bool HoldsOther(string text, TextUnit[] units, int i, int window)
        {
            var s = text.AsSpan(units[i].Start, units[i].Length);
            for (int k = 0; k < window; k++)
            {
                if (k != i && units[k].Length >= 8 && units[k].Length < s.Length && ArticleParser.IsTitleSized(units[k])
                    && Holds(s, text.AsSpan(units[k].Start, units[k].Length)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The words of four or more letters or digits of unit i, and how many the 2,000 characters from the next body unit hold (ignoring case).</summary>
        public static void LeadOverlap(string text, TextUnit[] units, double[] p2, int i, out int found, out int words)
        {
            found = words = 0;
            int j = i + 1;
            while (j < units.Length && !(p2[j] >= 0.5 && units[j].Words >= 8))
            {
                j++;
            }

            if (j >= units.Length)
            {
                return;
            }

            string lead = text.Substring(units[j].Start, Math.Min(2000, text.Length - units[j].Start));
            var s = text.AsSpan(units[i].Start, units[i].Length);
            int start = -1;
            for (int k = 0; k <= s.Length; k++)
            {
                if (k < s.Length && char.IsLetterOrDigit(s[k]))
                {
                    start = start < 0 ? k : start;
                    continue;
                }

                if (start >= 0 && k - start >= 4)
                {
                    words++;
                    found += lead.AsSpan().Contains(s[start..k], StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                }

                start = -1;
            }
        }

        /// <summary>Whether outer begins or ends with inner, ignoring case, at a word boundary, with the same first (or last) character upper-cased.</summary>
        private static bool Holds(ReadOnlySpan<char> outer, ReadOnlySpan<char> inner)
        {
            if (inner.IsEmpty)
            {
                return false;
            }

            int rest = outer.Length - inner.Length;
            bool sameFirst = TextInsight.Internals.InvariantCase.ToUpper(outer[0]) == TextInsight.Internals.InvariantCase.ToUpper(inner[0]);
            bool sameLast = TextInsight.Internals.InvariantCase.ToUpper(outer[^1]) == TextInsight.Internals.InvariantCase.ToUpper(inner[^1]);
            return (sameFirst && !char.IsLetterOrDigit(outer[inner.Length]) && outer[..inner.Length].Equals(inner, StringComparison.OrdinalIgnoreCase))
                   || (sameLast && !char.IsLetterOrDigit(outer[rest - 1]) && outer[rest..].Equals(inner, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Repeated_units_are_counted_as_equal_texts_ignoring_case()
    {
        // Same lengths with other texts, the same text in other cases, and lengths that no other unit has.
        string text = "Share\n\nShare\n\nshare\n\nShore\n\nA longer line of body text that stands alone here.\n\nSHARE\n\nReply\n\nReply\n\nReplY!\n";
        var units = ArticleParser.ReadUnits(text).ToArray();
        var rows = new float[units.Length * LineFeatures.Width];
        LineFeatures.Fill(text, units, rows);
        var repeats = units.Select((_, i) => (int)rows[(i * LineFeatures.Width) + 19]).ToArray();

        // The previous count, by a dictionary of case-insensitive hashes.
        var counts = new Dictionary<int, int>();
        var hashes = units.Select(u => string.GetHashCode(text.AsSpan(u.Start, u.Length), StringComparison.OrdinalIgnoreCase)).ToArray();
        foreach (int h in hashes)
        {
            counts[h] = counts.GetValueOrDefault(h) + 1;
        }

        Assert.Equal(hashes.Select(h => counts[h] - 1).ToArray(), repeats);
        Assert.Equal([3, 3, 3, 0, 0, 3, 1, 1, 0], repeats);
    }

    private static void AssertSameScan(ReadOnlySpan<char> s)
    {
        LineScanner.Scan(s, out int stopwords, out int punctuation, out int commas, out bool url, out bool date, out bool price);
        ReferenceScan.Scan(s, out int stopwords0, out int punctuation0, out int commas0, out bool url0, out bool date0, out bool price0);
        string at = s.Length > 80 ? s[..80].ToString() + "…" : s.ToString();
        Assert.True(
            (stopwords, punctuation, commas, url, date, price) == (stopwords0, punctuation0, commas0, url0, date0, price0),
            $"\"{at}\": fast {(stopwords, punctuation, commas, url, date, price)}, reference {(stopwords0, punctuation0, commas0, url0, date0, price0)}");
    }

    /// <summary>The scan the model was trained with, kept here as the reference of <see cref="LineScanner"/>.</summary>
    private static class ReferenceScan
    {
        private static readonly SearchValues<char> Currency = SearchValues.Create("$£€¥₹");

        /// <summary>The previous scan of a unit, character by character, as the model was trained with it.</summary>
        public static void Scan(ReadOnlySpan<char> s, out int stopwords, out int punctuation, out int commas, out bool url, out bool date, out bool price)
        {
            stopwords = punctuation = commas = 0;
            url = s.Contains("://", StringComparison.Ordinal) || s.Contains("www.", StringComparison.OrdinalIgnoreCase) || s.Contains('@');
            date = false;
            price = false;
            Span<char> lower = stackalloc char[16];
            int wordStart = -1;
            int digitRun = 0;
            for (int i = 0; i <= s.Length; i++)
            {
                char c = i < s.Length ? s[i] : ' ';
                if (char.IsLetter(c) || c == '\'' || c == '’')
                {
                    if (wordStart < 0)
                    {
                        wordStart = i;
                    }
                }
                else
                {
                    if (wordStart >= 0)
                    {
                        int len = i - wordStart;
                        if (len <= lower.Length)
                        {
                            s.Slice(wordStart, len).ToLowerInvariant(lower);
                            if (EnglishStopwords.Contains(lower[..len]))
                            {
                                stopwords++;
                            }
                        }

                        wordStart = -1;
                    }

                    if (!char.IsWhiteSpace(c) && !char.IsDigit(c) && i < s.Length)
                    {
                        punctuation++;
                        if (c == ',')
                        {
                            commas++;
                        }
                        else if (Currency.Contains(c) && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                        {
                            price = true;
                        }
                        else if (c == ':' && digitRun > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
                        {
                            date = true;
                        }
                    }
                }

                if (char.IsAsciiDigit(c))
                {
                    digitRun++;
                }
                else
                {
                    // A four-digit year of 1900-2099 standing alone.
                    if (digitRun == 4 && (s[i - 4] == '1' && s[i - 3] == '9' || s[i - 4] == '2' && s[i - 3] == '0')
                        && (i - 5 < 0 || !char.IsAsciiDigit(s[i - 5])))
                    {
                        date = true;
                    }

                    digitRun = 0;
                }
            }
        }
    }
}
