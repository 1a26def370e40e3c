using System.Globalization;
using System.Net;
using System.Text;

namespace TextInsight.Text;

/// <summary>What <see cref="TextRepair.Repair(string)"/> did to a text.</summary>
/// <param name="Text">The repaired text.</param>
/// <param name="Sequences">Mis-decoded character sequences replaced, over every pass.</param>
/// <param name="Latin1">Whether a replaced sequence held a C1 control (UTF-8 read as Latin-1 rather than Windows-1252).</param>
/// <param name="Passes">Passes that replaced something: 2 for text mis-decoded twice over.</param>
/// <param name="References">HTML character references decoded.</param>
/// <param name="Layout">What was repaired of a layout on pages (text extracted from PDF), when it was.</param>
internal sealed record TextRepairResult(string Text, int Sequences, bool Latin1, int Passes, int References, PdfLayoutResult? Layout = null)
{
    /// <summary>The notes for the record's <c>warnings</c>, one per kind of repair.</summary>
    public IEnumerable<string> Warnings()
    {
        if (References > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"decoded {References} HTML character reference{(References == 1 ? "" : "s")}");
        }

        if (Sequences > 0)
        {
            string how = Latin1 ? "Latin-1" : "Windows-1252";
            string times = Passes > 1 ? string.Create(CultureInfo.InvariantCulture, $", {(Passes == 2 ? "twice" : Passes + " times")} over") : "";
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"repaired {Sequences} mis-decoded character sequence{(Sequences == 1 ? "" : "s")} (UTF-8 read as {how}{times})");
        }

        if (Layout is not null)
        {
            yield return Layout.Warning();
        }
    }
}

/// <summary>
/// Repairs plain text that was decoded with the wrong encoding upstream (UTF-8 bytes read as Windows-1252 or Latin-1,
/// once or twice: <c>donâ€™t</c>, <c>Ã©</c>, <c>Â£</c>) and HTML character references left in it (<c>&amp;amp;</c>,
/// <c>&amp;#8217;</c>, <c>&amp;mdash;</c>).
/// </summary>
/// <remarks>
/// A run of characters is a candidate only when each is the Windows-1252 or Latin-1 reading of one byte and the bytes
/// form valid UTF-8 (a lead byte 0xC2–0xF4 and its continuation bytes, no overlong form, no surrogate). A candidate is
/// replaced only when the decoded run is more plausible than the run as written, by a count of improbable character-class
/// patterns in the run and its neighbours (<see cref="Badness"/>): controls and unassigned code points, a letter touching
/// a non-ASCII symbol, a capital after a small letter, letters of two scripts side by side, a lone accented capital,
/// punctuation inside a word, letters of blocks news never uses (IPA, NKo…). Legitimate text (<c>SÃO PAULO</c>,
/// <c>CAFÉ”</c>, <c>Nestlé®</c>) is not a candidate or is not more plausible decoded, and stays as written.
/// Text without a possible lead character and without <c>&amp;</c> is passed over with two vectorized searches.
/// </remarks>
internal static class TextRepair
{
    /// <summary>How much less bad a decoded run must be than the run as written to replace it (chosen on the tune part).</summary>
    internal const int MinimumGain = 1;

    // Enough for text mis-decoded three times over; each pass must replace something for the next to run.
    private const int MaxPasses = 3;

    /// <summary>The repaired text, or <see langword="null"/> when there is nothing to repair: mis-decoding and references
    /// first, then a layout on pages (<see cref="PdfLayoutRepair"/>).</summary>
    public static TextRepairResult? Repair(string text)
    {
        var repaired = Repair(text, MinimumGain);
        var layout = PdfLayoutRepair.Repair(repaired?.Text ?? text);
        return layout is null ? repaired
            : repaired is null ? new TextRepairResult(layout.Text, 0, false, 0, 0, layout)
            : repaired with { Text = layout.Text, Layout = layout };
    }

    /// <summary>The text with mis-decoding and references repaired (not its layout), replacing a run when its decoding is
    /// at least <paramref name="minimumGain"/> less bad.</summary>
    internal static TextRepairResult? Repair(string text, int minimumGain)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        bool maybeReference = span.IndexOf('&') >= 0;
        bool maybeMojibake = span.IndexOfAnyInRange('\u00C2', '\u00F4') >= 0;
        if (!maybeReference && !maybeMojibake)
        {
            return null;
        }

        string current = text;
        int references = 0;
        if (maybeReference && DecodeReferences(current, out references) is { } decoded)
        {
            current = decoded;
            maybeMojibake = current.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') >= 0;
        }

        int sequences = 0, passes = 0;
        bool latin1 = false;
        while (maybeMojibake && passes < MaxPasses && FixPass(current, minimumGain, out int fixedCount, ref latin1) is { } repaired)
        {
            current = repaired;
            sequences += fixedCount;
            passes++;
            maybeMojibake = current.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') >= 0;
        }

        return references == 0 && sequences == 0 ? null : new TextRepairResult(current, sequences, latin1, passes, references);
    }

    /// <summary>One pass over the text: each run of mis-decoded sequences replaced when its decoding is more plausible.</summary>
    private static string? FixPass(string text, int minimumGain, out int fixedCount, ref bool latin1)
    {
        fixedCount = 0;
        StringBuilder? builder = null;
        int copied = 0;
        int i = text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4');
        while (i >= 0 && i < text.Length)
        {
            int runEnd = i, count = 0;
            while (runEnd < text.Length && SequenceLength(text, runEnd) is var n && n > 0)
            {
                runEnd += n;
                count++;
            }

            if (count == 0)
            {
                i = Next(text, i + 1);
                continue;
            }

            int prev = i > 0 ? text[i - 1] : ' ';
            int next = runEnd < text.Length ? text[runEnd] : ' ';
            if (Badness(text.AsSpan(i, runEnd - i), prev, next, decode: false) - Badness(text.AsSpan(i, runEnd - i), prev, next, decode: true) >= minimumGain)
            {
                builder ??= new StringBuilder(text.Length);
                builder.Append(text, copied, i - copied);
                AppendDecoded(builder, text.AsSpan(i, runEnd - i), ref latin1);
                copied = runEnd;
                fixedCount += count;
            }

            i = Next(text, runEnd);
        }

        if (builder is null)
        {
            return null;
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    private static int Next(string text, int from)
    {
        int k = text.AsSpan(from).IndexOfAnyInRange('\u00C2', '\u00F4');
        return k < 0 ? -1 : from + k;
    }

    /// <summary>
    /// The length of the mis-decoded UTF-8 sequence at <paramref name="i"/> (2 to 4 characters, one per byte), or 0 when the
    /// characters there are not the single-byte reading of a valid UTF-8 sequence.
    /// </summary>
    internal static int SequenceLength(string text, int i)
    {
        int lead = text[i];
        if (lead is < 0xC2 or > 0xF4)
        {
            return 0;
        }

        int continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        if (i + continuations >= text.Length)
        {
            return 0;
        }

        int first = ContinuationByte(text[i + 1]);
        if (first < 0
            || (lead == 0xE0 && first < 0xA0) || (lead == 0xED && first > 0x9F)
            || (lead == 0xF0 && first < 0x90) || (lead == 0xF4 && first > 0x8F))
        {
            return 0;
        }

        for (int k = 2; k <= continuations; k++)
        {
            if (ContinuationByte(text[i + k]) < 0)
            {
                return 0;
            }
        }

        return continuations + 1;
    }

    /// <summary>The byte 0x80–0xBF that Windows-1252 or Latin-1 reads as <paramref name="c"/>, or -1.</summary>
    private static int ContinuationByte(char c) => c switch
    {
        >= '\u0080' and <= '\u00BF' => c,
        '\u20AC' => 0x80, '\u201A' => 0x82, '\u0192' => 0x83, '\u201E' => 0x84, '\u2026' => 0x85, '\u2020' => 0x86,
        '\u2021' => 0x87, '\u02C6' => 0x88, '\u2030' => 0x89, '\u0160' => 0x8A, '\u2039' => 0x8B, '\u0152' => 0x8C,
        '\u017D' => 0x8E, '\u2018' => 0x91, '\u2019' => 0x92, '\u201C' => 0x93, '\u201D' => 0x94, '\u2022' => 0x95,
        '\u2013' => 0x96, '\u2014' => 0x97, '\u02DC' => 0x98, '\u2122' => 0x99, '\u0161' => 0x9A, '\u203A' => 0x9B,
        '\u0153' => 0x9C, '\u017E' => 0x9E, '\u0178' => 0x9F,
        _ => -1,
    };

    /// <summary>The code point of the mis-decoded sequence of <paramref name="length"/> characters at the start of <paramref name="run"/>.</summary>
    private static int Decode(ReadOnlySpan<char> run, int length)
    {
        int lead = run[0];
        int cp = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int k = 1; k < length; k++)
        {
            cp = (cp << 6) | (ContinuationByte(run[k]) & 0x3F);
        }

        return cp;
    }

    private static int LengthOf(int lead) => lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;

    private static void AppendDecoded(StringBuilder builder, ReadOnlySpan<char> run, ref bool latin1)
    {
        for (int k = 0; k < run.Length;)
        {
            int n = LengthOf(run[k]);
            for (int j = k + 1; j < k + n; j++)
            {
                // A C1 control that Windows-1252 would have read as a character: the text was read as Latin-1 (the five
                // bytes Windows-1252 leaves undefined come out as C1 controls from either).
                latin1 |= run[j] is >= '\u0080' and <= '\u009F' and not ('\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D');
            }

            int cp = Decode(run[k..], n);
            if (cp >= 0x10000)
            {
                builder.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                builder.Append((char)cp);
            }

            k += n;
        }
    }

    /// <summary>
    /// The count of improbable character patterns in <paramref name="prev"/>, the run (as written, or decoded with
    /// <paramref name="decode"/>) and <paramref name="next"/>: the measure two readings of a run are compared by.
    /// </summary>
    internal static int Badness(ReadOnlySpan<char> run, int prev, int next, bool decode)
    {
        var scorer = new Scorer(prev);
        if (decode)
        {
            for (int k = 0; k < run.Length;)
            {
                int n = LengthOf(run[k]);
                scorer.Add(Decode(run[k..], n));
                k += n;
            }
        }
        else
        {
            foreach (char c in run)
            {
                scorer.Add(c);
            }
        }

        scorer.Add(next);
        return scorer.Total;
    }

    private enum Kind : byte
    {
        Space,
        Digit,
        AsciiLower,
        AsciiUpper,
        AsciiOther,
        Lower,
        Upper,
        OtherLetter,
        Mark,
        Punctuation,
        WordPunctuation,
        Unusual,
        Symbol,
        Control,
    }

    private enum Script : byte
    {
        None,
        Latin,
        Greek,
        Cyrillic,
        Other,
    }

    /// <summary>Sums the improbable patterns of a stream of code points: one per character, pair and triple.</summary>
    private struct Scorer
    {
        private int _b;
        private Kind _kindA, _kindB;
        private int _count;

        public Scorer(int first)
        {
            _b = first;
            _kindB = KindOf(first);
            _count = 1;
        }

        public int Total { get; private set; }

        public void Add(int cp)
        {
            var kind = KindOf(cp);
            Total += Unary(cp, kind, _b, _kindB);
            Total += Pair(_b, _kindB, cp, kind);
            if (_count >= 2)
            {
                Total += Triple(_kindA, _b, _kindB, kind);
            }

            _kindA = _kindB;
            _b = cp;
            _kindB = kind;
            _count++;
        }

        private static int Unary(int cp, Kind kind, int prev, Kind prevKind) => kind switch
        {
            Kind.Control => 2,
            Kind.Mark => IsLetter(prevKind) && (cp is >= 0x300 and <= 0x36F || ScriptOf(prev) == Script.Other) ? 0 : 1,
            Kind.Lower or Kind.Upper or Kind.OtherLetter => RareBlock(cp) ? 1 : 0,
            _ => 0,
        };

        private static int Pair(int a, Kind ka, int b, Kind kb)
        {
            bool la = IsLetter(ka), lb = IsLetter(kb);
            // A letter touching a non-ASCII symbol (Ã©, â€), or followed by a number sign such as ¼ or punctuation
            // that does not follow words (‰ † ¡ ‚): the Windows-1252 readings of UTF-8's continuation bytes.
            if ((la && kb is Kind.Symbol or Kind.Unusual) || (ka == Kind.Symbol && lb))
            {
                return 1;
            }

            if (la && lb)
            {
                if (IsSmall(ka) && IsCapital(kb) && (ka != Kind.AsciiLower || kb != Kind.AsciiUpper))
                {
                    return 1;
                }

                var sa = ScriptOf(a);
                var sb = ScriptOf(b);
                return sa != sb && sa != Script.None && sb != Script.None ? 1 : 0;
            }

            return 0;
        }

        private static int Triple(Kind ka, int b, Kind kb, Kind kc)
        {
            // A lone non-ASCII letter (Â, Ã, â between spaces, symbols and punctuation), or punctuation other than an
            // apostrophe, a dash or a middle dot inside a word.
            if (kb is Kind.Upper or Kind.Lower && !IsLetter(ka) && !IsLetter(kc) && ka != Kind.Mark && kc != Kind.Mark)
            {
                return 1;
            }

            return kb is Kind.Punctuation or Kind.Unusual && IsLetter(ka) && IsLetter(kc) ? 1 : 0;
        }
    }

    private static bool IsLetter(Kind k) => k is Kind.AsciiLower or Kind.AsciiUpper or Kind.Lower or Kind.Upper or Kind.OtherLetter;

    private static bool IsSmall(Kind k) => k is Kind.AsciiLower or Kind.Lower;

    private static bool IsCapital(Kind k) => k is Kind.AsciiUpper or Kind.Upper;

    private static Kind KindOf(int cp)
    {
        if (cp < 0x80)
        {
            return cp switch
            {
                >= 'a' and <= 'z' => Kind.AsciiLower,
                >= 'A' and <= 'Z' => Kind.AsciiUpper,
                >= '0' and <= '9' => Kind.Digit,
                ' ' or '\t' or '\n' or '\r' or '\f' or '\v' => Kind.Space,
                < 0x20 or 0x7F => Kind.Control,
                _ => Kind.AsciiOther,
            };
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category switch
        {
            UnicodeCategory.LowercaseLetter => Kind.Lower,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => Kind.Upper,
            UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter => Kind.OtherLetter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Kind.Mark,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => Kind.Digit,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => Kind.Space,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => Kind.Symbol,
            UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate => Kind.Control,
            UnicodeCategory.Format => Kind.AsciiOther,
            UnicodeCategory.OtherNumber or UnicodeCategory.OpenPunctuation => Kind.Unusual,
            UnicodeCategory.OtherPunctuation when cp is not (0x2026 or 0xB7 or 0x2027) => Kind.Unusual,
            _ => cp is 0x2019 or 0x2018 or 0x2010 or 0x2011 or 0x2013 or 0x2014 or 0xB7 or 0x2027 ? Kind.WordPunctuation : Kind.Punctuation,
        };
    }

    private static Script ScriptOf(int cp) => cp switch
    {
        < 0x41 => Script.None,
        < 0x250 or (>= 0x1E00 and < 0x1F00) => Script.Latin,
        >= 0x370 and < 0x400 or (>= 0x1F00 and < 0x2000) => Script.Greek,
        >= 0x400 and < 0x530 => Script.Cyrillic,
        < 0x370 => Script.Latin,
        _ => Script.Other,
    };

    // Letters of blocks that news text all but never uses, but a wrong decoding of two bytes lands in: IPA extensions
    // and spacing modifiers, Latin Extended-B (bar the Romanian ș ț Ș Ț), Syriac, Thaana, NKo and Samaritan.
    private static bool RareBlock(int cp) =>
        cp is (>= 0x180 and < 0x218) or (>= 0x21C and < 0x300) or (>= 0x700 and < 0x800);

    /// <summary>
    /// The text with its HTML character references decoded (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>,
    /// <c>&amp;mdash;</c>: a reference ends with <c>;</c>, so <c>AT&amp;T</c> and <c>R&amp;D</c> are never one), or
    /// <see langword="null"/> when it holds none.
    /// </summary>
    internal static string? DecodeReferences(string text, out int count)
    {
        count = 0;
        StringBuilder? builder = null;
        int copied = 0;
        for (int i = text.IndexOf('&', StringComparison.Ordinal); i >= 0 && i < text.Length; i = text.IndexOf('&', i + 1))
        {
            int end = ReferenceEnd(text, i);
            if (end < 0)
            {
                continue;
            }

            string? value = ReferenceValue(text.AsSpan(i, end - i + 1));
            if (value is null)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, i - copied).Append(value);
            copied = end + 1;
            count++;
            i = end;
        }

        if (builder is null)
        {
            return null;
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    // The position of the ';' closing a reference that starts at '&' (a name of letters and digits, or '#' and digits,
    // or '#x' and hex digits, at most 32 characters), or -1.
    private static int ReferenceEnd(string text, int amp)
    {
        int limit = Math.Min(text.Length, amp + 34);
        int k = amp + 1;
        if (k < limit && text[k] == '#')
        {
            k++;
            bool hex = k < limit && text[k] is 'x' or 'X';
            if (hex)
            {
                k++;
            }

            int digits = k;
            while (k < limit && (hex ? char.IsAsciiHexDigit(text[k]) : char.IsAsciiDigit(text[k])))
            {
                k++;
            }

            return k > digits && k < limit && text[k] == ';' ? k : -1;
        }

        int name = k;
        while (k < limit && char.IsAsciiLetterOrDigit(text[k]))
        {
            k++;
        }

        return k > name && char.IsAsciiLetter(text[name]) && k < limit && text[k] == ';' ? k : -1;
    }

    // The text a whole reference ("&...;") stands for, or null when it stands for none.
    private static string? ReferenceValue(ReadOnlySpan<char> reference)
    {
        if (reference[1] == '#')
        {
            bool hex = reference[2] is 'x' or 'X';
            var digits = reference[(hex ? 3 : 2)..^1];
            if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int cp))
            {
                return null;
            }

            if (cp is >= 0x80 and <= 0x9F)
            {
                // As HTML reads them: the Windows-1252 character of that byte (&#146; is ’).
                int mapped = Windows1252High[cp - 0x80];
                return mapped == 0 ? null : ((char)mapped).ToString();
            }

            return cp is 0 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF || (cp < 0x20 && cp is not ('\t' or '\n' or '\r'))
                ? null
                : char.ConvertFromUtf32(cp);
        }

        string whole = reference.ToString();
        string decoded = WebUtility.HtmlDecode(whole);
        return decoded == whole ? null : decoded;
    }

    private static readonly char[] Windows1252High =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];
}
