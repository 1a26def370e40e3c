using System.Globalization;
using TextInsight.Structure;

namespace TextInsight.Text;

/// <summary>
/// Decides whether a document's body is English, for the stages are built for English only. Two measures over the
/// body paragraphs (boilerplate, the title and headings are not read: a menu in another language around an English
/// article says nothing of the article; the title only when the body is too short to judge): the share of letters in each Unicode script, and, when most letters are
/// Latin, two shares of the words written in lower case: those English news writes in lower case, and those among the
/// words it writes most often so (<see cref="EnglishLexicon"/>, from the truecaser's counts of word forms). Words with a
/// capital are not read: names are in every language and German capitalizes its nouns, so a list of names or a table
/// of results is never judged, only prose.
/// Below <see cref="MinLetters"/> letters, or <see cref="MinWords"/> lower-case words for Latin text, nothing is said.
/// </summary>
internal static class LanguageCheck
{
    /// <summary>Letters of the body below which nothing is said (a headline, a caption).</summary>
    internal const int MinLetters = 60;

    /// <summary>Lower-case Latin words below which a Latin-script body is not judged (a list of names, a table).</summary>
    internal const int MinWords = 20;

    /// <summary>The share of the letters a script other than Latin must hold for the body to be read as that script.</summary>
    internal const double MinScriptShare = 0.5;

    /// <summary>How often English news must write a word in lower case for the word to count as English.</summary>
    internal const int MinEnglishCount = 2;

    /// <summary>The share of lower-case words that are English below which a Latin-script body is not English.</summary>
    internal const double MinEnglishShare = 0.75;

    /// <summary>Characters of body paragraphs read at most: enough for a verdict, and a bound on the cost.</summary>
    internal const int MaxCharacters = 20_000;

    /// <summary>The share of lower-case words that are among English's most frequent below which a Latin-script body is not English.</summary>
    internal const double MinCommonShare = 0.15;

    /// <summary>How many of the words English news writes most often in lower case are its common words.</summary>
    internal const int CommonWords = 100;

    /// <summary>Judges the body paragraphs of <paramref name="structure"/>.</summary>
    public static LanguageVerdict Check(ArticleStructure structure, EnglishLexicon? english)
    {
        var counts = new ScriptCounts();
        int budget = MaxCharacters;
        string text = structure.Text;

        // Index loops: foreach over the read-only lists would allocate an enumerator per list.
        var sections = structure.Sections;
        for (int i = 0; i < sections.Count; i++)
        {
            var paragraphs = sections[i].Paragraphs;
            for (int j = 0; j < paragraphs.Count; j++)
            {
                var p = paragraphs[j];
                int length = Math.Min(p.Length, budget);
                counts.Add(text.AsSpan(p.Start, length), english);
                budget -= length;
                if (budget <= 0)
                {
                    return counts.Verdict();
                }
            }
        }

        // A body too short to judge beside a title is read with its title: a document that is one line of Chinese or
        // Japanese (a CSV cell, a news brief: no spaces, so it is as short in words as a headline) is all title and no
        // body, and was said nothing of.
        if (counts.Letters < MinLetters && structure.Title is { } title)
        {
            counts.Add(text.AsSpan(title.Start, Math.Min(title.Length, budget)), english);
        }

        return counts.Verdict();
    }

    /// <summary>The script of a letter (<see cref="WritingScript.Other"/> for letters of scripts not told apart).</summary>
    internal static WritingScript ScriptOf(char c) => c switch
    {
        <= '\u024F' => WritingScript.Latin,
        >= '\u0370' and <= '\u03FF' => WritingScript.Greek,
        >= '\u0400' and <= '\u052F' => WritingScript.Cyrillic,
        >= '\u0530' and <= '\u058F' => WritingScript.Armenian,
        >= '\u0590' and <= '\u05FF' => WritingScript.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' => WritingScript.Arabic,
        >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
        >= '\u0980' and <= '\u09FF' => WritingScript.Bengali,
        >= '\u0B80' and <= '\u0BFF' => WritingScript.Tamil,
        >= '\u0E00' and <= '\u0E7F' => WritingScript.Thai,
        >= '\u10A0' and <= '\u10FF' => WritingScript.Georgian,
        >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' or >= '\uAC00' and <= '\uD7AF' => WritingScript.Hangul,
        >= '\u1E00' and <= '\u1EFF' => WritingScript.Latin,
        >= '\u1F00' and <= '\u1FFF' => WritingScript.Greek,
        >= '\u3040' and <= '\u30FF' => WritingScript.Kana,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => WritingScript.Han,
        >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => WritingScript.Arabic,
        >= '\uFF21' and <= '\uFF5A' => WritingScript.Latin,
        >= '\uFF66' and <= '\uFF9F' => WritingScript.Kana,
        _ => WritingScript.Other,
    };

    // Counts over one or more stretches of text; a struct on the stack, so a check allocates nothing until its verdict.
    private struct ScriptCounts
    {
        private int _letters;
        private int _latin, _greek, _cyrillic, _armenian, _hebrew, _arabic, _devanagari, _bengali, _tamil, _thai, _georgian, _hangul, _kana, _han, _other;
        private int _words, _englishWords, _commonWords;

        /// <summary>The letters counted so far.</summary>
        public readonly int Letters => _letters;

        public void Add(ReadOnlySpan<char> text, EnglishLexicon? english)
        {
            bool nonLatin = false;
            foreach (char c in text)
            {
                if (char.IsAsciiLetter(c))
                {
                    _letters++;
                    _latin++;
                }
                else if (c > 0x7F && (char.IsLetter(c) || char.IsHighSurrogate(c)))
                {
                    _letters++;
                    var script = char.IsHighSurrogate(c) ? (c is >= '\uD840' and <= '\uD87F' ? WritingScript.Han : WritingScript.Other) : ScriptOf(c);
                    nonLatin |= script != WritingScript.Latin;
                    Count(script);
                }
            }

            if (english is null)
            {
                return;
            }

            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (token.Kind != TokenKind.Word || token.Length < 2)
                {
                    continue;
                }

                var word = text.Slice(token.Start, token.Length);
                if (!IsLowerLatin(word, nonLatin))
                {
                    continue;
                }

                _words++;
                var (known, common) = english.Find(word);
                _englishWords += known ? 1 : 0;
                _commonWords += common ? 1 : 0;
            }
        }

        private void Count(WritingScript script)
        {
            switch (script)
            {
                case WritingScript.Latin: _latin++; break;
                case WritingScript.Greek: _greek++; break;
                case WritingScript.Cyrillic: _cyrillic++; break;
                case WritingScript.Armenian: _armenian++; break;
                case WritingScript.Hebrew: _hebrew++; break;
                case WritingScript.Arabic: _arabic++; break;
                case WritingScript.Devanagari: _devanagari++; break;
                case WritingScript.Bengali: _bengali++; break;
                case WritingScript.Tamil: _tamil++; break;
                case WritingScript.Thai: _thai++; break;
                case WritingScript.Georgian: _georgian++; break;
                case WritingScript.Hangul: _hangul++; break;
                case WritingScript.Kana: _kana++; break;
                case WritingScript.Han: _han++; break;
                default: _other++; break;
            }
        }

        // Every letter lower case and Latin (a word of another script is counted by its script, not as a word).
        private static bool IsLowerLatin(ReadOnlySpan<char> word, bool mayHoldOtherScripts)
        {
            foreach (char c in word)
            {
                if (char.IsAsciiLetterLower(c))
                {
                    continue;
                }

                if (c <= 0x7F || !char.IsLower(c) || (mayHoldOtherScripts && ScriptOf(c) != WritingScript.Latin))
                {
                    return false;
                }
            }

            return true;
        }

        public readonly LanguageVerdict Verdict()
        {
            if (_letters < MinLetters)
            {
                return new LanguageVerdict(LanguageDecision.TooShort, WritingScript.Latin, _letters, _words, _englishWords, _commonWords);
            }

            var (script, count) = Largest();
            if (count >= MinScriptShare * _letters)
            {
                // Japanese writes kana among Han; a body of Han and kana is Japanese, of Han alone Chinese (or kanji only).
                if (script == WritingScript.Han && _kana > 0.05 * _letters)
                {
                    script = WritingScript.Kana;
                }

                return new LanguageVerdict(LanguageDecision.NotEnglish, script, _letters, _words, _englishWords, _commonWords);
            }

            if (_latin < MinScriptShare * _letters)
            {
                // No script holds half the letters and Latin is not the main one: mixed scripts, not English prose.
                return new LanguageVerdict(LanguageDecision.NotEnglish, script, _letters, _words, _englishWords, _commonWords);
            }

            if (_words < MinWords)
            {
                return new LanguageVerdict(LanguageDecision.TooShort, WritingScript.Latin, _letters, _words, _englishWords, _commonWords);
            }

            // Both measures must find little English: a table or a list of English words has few common words, and an
            // English article about another language many words unknown to English news.
            bool english = _englishWords >= MinEnglishShare * _words || _commonWords >= MinCommonShare * _words;
            return new LanguageVerdict(
                english ? LanguageDecision.English : LanguageDecision.NotEnglish, WritingScript.Latin, _letters, _words, _englishWords, _commonWords);
        }

        // The script other than Latin with the most letters.
        private readonly (WritingScript Script, int Count) Largest()
        {
            var best = (WritingScript.Other, _other);
            Consider(ref best, WritingScript.Greek, _greek);
            Consider(ref best, WritingScript.Cyrillic, _cyrillic);
            Consider(ref best, WritingScript.Armenian, _armenian);
            Consider(ref best, WritingScript.Hebrew, _hebrew);
            Consider(ref best, WritingScript.Arabic, _arabic);
            Consider(ref best, WritingScript.Devanagari, _devanagari);
            Consider(ref best, WritingScript.Bengali, _bengali);
            Consider(ref best, WritingScript.Tamil, _tamil);
            Consider(ref best, WritingScript.Thai, _thai);
            Consider(ref best, WritingScript.Georgian, _georgian);
            Consider(ref best, WritingScript.Hangul, _hangul);
            Consider(ref best, WritingScript.Han, _han + _kana);
            return best;
        }

        private static void Consider(ref (WritingScript Script, int Count) best, WritingScript script, int count)
        {
            if (count > best.Count)
            {
                best = (script, count);
            }
        }
    }
}

/// <summary>
/// The English words <see cref="LanguageCheck"/> reads a body against: those English news writes in lower case (at least
/// <see cref="MinCount"/> times in the truecaser's training text) and the most frequent of them. Immutable and shared.
/// </summary>
internal sealed class EnglishLexicon
{
    private static readonly Lazy<EnglishLexicon?> DefaultLazy = new(() =>
        TrueCaser.Default is { } caser ? new EnglishLexicon(caser, LanguageCheck.MinEnglishCount, LanguageCheck.CommonWords) : null);

    private readonly TrueCaser _counts;
    private readonly HashSet<ulong> _common;

    /// <summary>Builds the lexicon from the truecaser's counts of word forms.</summary>
    public EnglishLexicon(TrueCaser counts, int minCount, int commonWords)
    {
        _counts = counts;
        MinCount = minCount;
        _common = counts.MostFrequentLowerCase(commonWords);
    }

    /// <summary>The lexicon of the built-in truecaser, or null when its model cannot be loaded.</summary>
    public static EnglishLexicon? Default => DefaultLazy.Value;

    /// <summary>How often English news must write a word in lower case for it to count as English.</summary>
    public int MinCount { get; }

    /// <summary>Whether a lower-case word is English, and whether it is one of the most frequent.</summary>
    public (bool Known, bool Common) Find(ReadOnlySpan<char> word)
    {
        ulong key = TrueCaser.Key(word);
        return _common.Contains(key) ? (true, true) : (_counts.LowerCaseCount(key) >= MinCount, false);
    }
}

/// <summary>What <see cref="LanguageCheck"/> decided.</summary>
internal enum LanguageDecision
{
    /// <summary>Too little text (or too few lower-case words) to tell: nothing is said.</summary>
    TooShort,

    /// <summary>The body reads as English.</summary>
    English,

    /// <summary>The body does not read as English.</summary>
    NotEnglish,
}

/// <summary>The scripts <see cref="LanguageCheck"/> tells apart.</summary>
internal enum WritingScript
{
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Tamil,
    Thai,
    Georgian,
    Hangul,
    /// <summary>Japanese: Han with kana.</summary>
    Kana,
    Han,
    Other,
}

/// <summary>A verdict with the counts behind it.</summary>
/// <param name="Decision">What was decided.</param>
/// <param name="Script">The body's main script.</param>
/// <param name="Letters">Letters read.</param>
/// <param name="Words">Lower-case Latin words of two letters or more read.</param>
/// <param name="EnglishWords">Those that English news writes in lower case.</param>
/// <param name="CommonWords">Those among the words English news writes most often in lower case.</param>
internal readonly record struct LanguageVerdict(LanguageDecision Decision, WritingScript Script, int Letters, int Words, int EnglishWords, int CommonWords)
{
    /// <summary>The share of lower-case words that are common English words (1 when none was read).</summary>
    public double CommonShare => Words == 0 ? 1 : (double)CommonWords / Words;

    /// <summary>The share of lower-case words that are English (1 when none was read).</summary>
    public double EnglishShare => Words == 0 ? 1 : (double)EnglishWords / Words;

    /// <summary>The BCP 47 tag of what was found: <c>und-</c> and the ISO 15924 code of the script (<c>und-Latn</c>, <c>und-Cyrl</c>).</summary>
    public string Tag => Script switch
    {
        WritingScript.Latin => "und-Latn",
        WritingScript.Greek => "und-Grek",
        WritingScript.Cyrillic => "und-Cyrl",
        WritingScript.Armenian => "und-Armn",
        WritingScript.Hebrew => "und-Hebr",
        WritingScript.Arabic => "und-Arab",
        WritingScript.Devanagari => "und-Deva",
        WritingScript.Bengali => "und-Beng",
        WritingScript.Tamil => "und-Taml",
        WritingScript.Thai => "und-Thai",
        WritingScript.Georgian => "und-Geor",
        WritingScript.Hangul => "und-Kore",
        WritingScript.Kana => "und-Jpan",
        WritingScript.Han => "und-Hani",
        _ => "und",
    };

    /// <summary>The warning a user reads (e.g. "the text does not look like English (script: Cyrillic); …").</summary>
    public string Warning()
    {
        string found = Script switch
        {
            WritingScript.Latin => string.Create(CultureInfo.InvariantCulture,
                $"script: Latin; {CommonWords} of its {Words} lower-case words are common English words"),
            WritingScript.Kana => "script: Japanese kana and Han",
            WritingScript.Han => "script: Han (Chinese characters)",
            WritingScript.Other => "script: other than Latin",
            _ => "script: " + Script.ToString(),
        };

        return $"the text does not look like English ({found}); entities, topics, key phrases and summaries are built for English and are likely wrong";
    }
}
