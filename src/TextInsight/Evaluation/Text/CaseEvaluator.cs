using System.Diagnostics;

namespace TextInsight.Text.Evaluation;

/// <summary>Word counts of a truecaser's restorations against the cased text.</summary>
internal sealed class CaseScores
{
    /// <summary>Words scored.</summary>
    public long Words { get; set; }

    /// <summary>Words restored exactly as written.</summary>
    public long Correct { get; set; }

    /// <summary>Words written with a capital that were restored with one (the same form or not).</summary>
    public long CapitalsFound { get; set; }

    /// <summary>Words written with a capital.</summary>
    public long Capitals { get; set; }

    /// <summary>Words restored with a capital.</summary>
    public long CapitalsGiven { get; set; }

    /// <summary>How often each word written so was restored otherwise (written form, restored form).</summary>
    public Dictionary<(string Written, string Given), int> Errors { get; } = [];

    /// <summary>Share of words restored exactly.</summary>
    public double Accuracy => Words == 0 ? 0 : (double)Correct / Words;

    /// <summary>Precision, recall and F1 of "has a capital".</summary>
    public (double P, double R, double F1) CapitalScores()
    {
        double p = CapitalsGiven == 0 ? 0 : (double)CapitalsFound / CapitalsGiven;
        double r = Capitals == 0 ? 0 : (double)CapitalsFound / Capitals;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>Sentence boundaries of texts whose case was lost, against those of the cased texts.</summary>
internal sealed class BoundaryScores
{
    /// <summary>Documents read.</summary>
    public int Documents { get; set; }

    /// <summary>Documents with as many sentences as the cased text.</summary>
    public int SameCount { get; set; }

    /// <summary>Sentences of the cased texts.</summary>
    public long Reference { get; set; }

    /// <summary>Sentences found.</summary>
    public long Found { get; set; }

    /// <summary>Sentence starts found where the cased text has one.</summary>
    public long Matched { get; set; }

    /// <summary>Precision, recall and F1 of sentence starts.</summary>
    public (double P, double R, double F1) Scores()
    {
        double p = Found == 0 ? 0 : (double)Matched / Found;
        double r = Reference == 0 ? 0 : (double)Matched / Reference;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>
/// Measures case restoration (behind <c>textinsight evaluate case</c>): how often cased text triggers it, how many words
/// the truecaser restores exactly, and how the sentences of lower-cased and upper-cased text compare with the cased text's.
/// </summary>
internal static class CaseEvaluator
{
    /// <summary>The text with every letter in lower case (<paramref name="upper"/>: in capitals), character for character.</summary>
    public static string ChangeCase(string text, bool upper) => string.Create(text.Length, (text, upper), static (buffer, state) =>
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            char c = state.text[i];
            buffer[i] = state.upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
        }
    });

    /// <summary>What <see cref="TrueCaser.Detect"/> finds in each of <paramref name="texts"/>: documents with any stretch, whole texts in lower case, whole texts in capitals, lines in capitals inside cased texts.</summary>
    public static (int Triggered, int WholeLower, int WholeUpper, int Stretches) Detect(IEnumerable<string> texts)
    {
        int triggered = 0, lower = 0, upper = 0, stretches = 0;
        foreach (string text in texts)
        {
            var found = TrueCaser.Detect(text);
            if (found.Count == 0)
            {
                continue;
            }

            triggered++;
            if (found.Count == 1 && found[0].Length == text.Length)
            {
                if (found[0].Upper)
                {
                    upper++;
                }
                else
                {
                    lower++;
                }
            }
            else
            {
                stretches += found.Count;
            }
        }

        return (triggered, lower, upper, stretches);
    }

    /// <summary>
    /// How many of <paramref name="texts"/> <see cref="TrueCaser.Detect"/> takes as written in one case when lower-cased,
    /// upper-cased, and lower-cased with the pronoun <c>I</c> in capitals (as many transcripts write it).
    /// </summary>
    public static (int Lower, int Upper, int LowerWithI) DetectChanged(IEnumerable<string> texts)
    {
        int lower = 0, upper = 0, withI = 0;
        foreach (string text in texts)
        {
            string lowered = ChangeCase(text, upper: false);
            lower += IsWhole(lowered) ? 1 : 0;
            upper += IsWhole(ChangeCase(text, upper: true)) ? 1 : 0;
            withI += IsWhole(System.Text.RegularExpressions.Regex.Replace(lowered, @"\bi\b", "I")) ? 1 : 0;
        }

        return (lower, upper, withI);

        static bool IsWhole(string text) => TrueCaser.Detect(text) is [{ Start: 0 } s] && s.Length == text.Length;
    }

    /// <summary>
    /// Restores each text lower-cased whole and scores its words against the text; lines that are titles
    /// (<paramref name="skipFirstLine"/>) or written in capitals are not scored.
    /// </summary>
    /// <param name="caser">The truecaser; null scores the lower-cased text as it is.</param>
    /// <param name="texts">Cased texts.</param>
    /// <param name="skipFirstLine">Whether each text's first line is a title (title case is not sentence case).</param>
    public static CaseScores ScoreWords(TrueCaser? caser, IEnumerable<string> texts, bool skipFirstLine)
    {
        var scores = new CaseScores();
        foreach (string text in texts)
        {
            string lowered = ChangeCase(text, upper: false);
            string restored = caser?.Restore(lowered, out _) ?? lowered;
            int position = 0;
            bool first = true;
            while (position <= text.Length)
            {
                int newline = text.AsSpan(position).IndexOf('\n');
                int end = newline < 0 ? text.Length : position + newline;
                var line = text.AsSpan(position, end - position);
                var (_, u, l) = TrueCaser.CountLetters(line);
                bool skip = (first && skipFirstLine) || u > l;
                if (!line.IsWhiteSpace())
                {
                    first = false;
                }

                if (!skip)
                {
                    foreach (var t in Tokenizer.Tokenize(line))
                    {
                        if (t.Kind != TokenKind.Word)
                        {
                            continue;
                        }

                        var written = line.Slice(t.Start, t.Length);
                        var given = restored.AsSpan(position + t.Start, t.Length);
                        bool hasCapital = HasUpper(written), gave = HasUpper(given);
                        scores.Words++;
                        if (written.SequenceEqual(given))
                        {
                            scores.Correct++;
                        }
                        else
                        {
                            var pair = (written.ToString(), given.ToString());
                            scores.Errors[pair] = scores.Errors.GetValueOrDefault(pair) + 1;
                        }

                        scores.Capitals += hasCapital ? 1 : 0;
                        scores.CapitalsGiven += gave ? 1 : 0;
                        scores.CapitalsFound += hasCapital && gave ? 1 : 0;
                    }
                }

                position = end + 1;
            }
        }

        return scores;
    }

    /// <summary>
    /// Sentence starts of each text lower-cased (<paramref name="upper"/>: in capitals) by <paramref name="analyzer"/>,
    /// against the starts of the cased text by <paramref name="reference"/>.
    /// </summary>
    public static BoundaryScores ScoreSentences(TextAnalyzer reference, TextAnalyzer analyzer, IEnumerable<string> texts, bool upper)
    {
        var scores = new BoundaryScores();
        var starts = new HashSet<int>();
        foreach (string text in texts)
        {
            var cased = reference.Analyze(text).Sentences;
            var changed = analyzer.Analyze(ChangeCase(text, upper)).Sentences;
            starts.Clear();
            foreach (var s in cased)
            {
                starts.Add(s.Start);
            }

            scores.Documents++;
            scores.SameCount += cased.Count == changed.Count ? 1 : 0;
            scores.Reference += cased.Count;
            scores.Found += changed.Count;
            foreach (var s in changed)
            {
                scores.Matched += starts.Contains(s.Start) ? 1 : 0;
            }
        }

        return scores;
    }

    /// <summary>
    /// Each text with its longest line (a paragraph) in capitals, analyzed by <paramref name="analyzer"/>: the names
    /// (type and span) found in that line against those <paramref name="reference"/> finds there in the cased text.
    /// </summary>
    /// <returns>Names the same on both sides, found, found in the cased text; and how many texts had their line restored.</returns>
    public static ((long Same, long Found, long Reference) Scores, int Restored) ScoreShoutedParagraph(TextAnalyzer reference, TextAnalyzer analyzer, IEnumerable<string> texts)
    {
        long same = 0, found = 0, gold = 0;
        int restored = 0;
        foreach (string text in texts)
        {
            int bestStart = 0, bestLength = 0, position = 0;
            while (position <= text.Length)
            {
                int newline = text.AsSpan(position).IndexOf('\n');
                int end = newline < 0 ? text.Length : position + newline;
                if (end - position > bestLength)
                {
                    (bestStart, bestLength) = (position, end - position);
                }

                position = end + 1;
            }

            string shouted = string.Concat(text.AsSpan(0, bestStart), ChangeCase(text.Substring(bestStart, bestLength), upper: true), text.AsSpan(bestStart + bestLength));
            restored += TrueCaser.Detect(shouted).Count > 0 ? 1 : 0;
            var expected = Names(reference.Analyze(text), bestStart, bestLength);
            var actual = Names(analyzer.Analyze(shouted), bestStart, bestLength);
            gold += expected.Count;
            found += actual.Count;
            actual.IntersectWith(expected);
            same += actual.Count;
        }

        return ((same, found, gold), restored);

        static HashSet<(int, int, Entities.EntityType)> Names(ArticleAnalysis analysis, int start, int length)
        {
            var names = new HashSet<(int, int, Entities.EntityType)>();
            foreach (var m in analysis.Entities)
            {
                if (m.Type <= Entities.EntityType.Misc && m.Span.Start >= start && m.Span.End <= start + length)
                {
                    names.Add((m.Span.Start, m.Span.Length, m.Type));
                }
            }

            return names;
        }
    }

    /// <summary>Restores each text lower-cased on one thread, after one pass to warm up; returns texts per second.</summary>
    public static double MeasureSpeed(TrueCaser caser, IReadOnlyList<string> texts, bool upper)
    {
        var changed = texts.Select(t => ChangeCase(t, upper)).ToArray();
        foreach (string t in changed)
        {
            caser.Restore(t, out _);
        }

        var watch = Stopwatch.StartNew();
        foreach (string t in changed)
        {
            caser.Restore(t, out _);
        }

        return changed.Length / watch.Elapsed.TotalSeconds;
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
