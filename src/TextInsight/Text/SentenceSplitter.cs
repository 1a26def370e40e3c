using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;

namespace TextInsight.Text;

/// <summary>
/// Splits text into sentences. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The splitter reads the <see cref="Tokenizer"/>'s tokens, not characters, so decimals (<c>1.5</c>), addresses
/// (<c>bbc.co.uk</c>, <c>press@apache.org</c>) and abbreviations (<c>U.S.</c>, <c>Dr.</c>) are already whole and
/// never end a sentence by accident. A sentence ends at <c>.</c>, <c>!</c>, <c>?</c>, an ellipsis or an abbreviation's
/// period, taking the closing quotes and brackets glued to it (<c>."</c>, <c>?)</c>, <c>.”</c>), when what follows
/// starts a sentence:
/// </para>
/// <list type="bullet">
/// <item>after a plain mark: anything but a lower-case word or a closing or inner punctuation mark
/// (<c>“Why?” she asked</c> stays one sentence; <c>$10.9bn.For the</c> is two, space or not);</item>
/// <item>after a title (<c>Mr.</c>, <c>Dr.</c>, <c>e.g.</c>): never before a capital;</item>
/// <item>after <c>No.</c>, <c>Vol.</c>: not before a number;</item>
/// <item>after <c>etc.</c>: any capitalized word;</item>
/// <item>after <c>Inc.</c>, <c>U.S.</c> and initials: only a word that mostly starts sentences
/// (<c>The</c>, <c>He</c>, <c>But</c>…) or an opening quote;</item>
/// <item>after <c>a.m.</c>/<c>P.M.</c>: any capitalized word but a day, a month or a time zone (<c>at 9 P.M. Mrs. Lee</c>
/// ends; <c>at 9 a.m. Friday</c> goes on);</item>
/// <item>after the pronoun <c>I.</c> (a lower-case word before it): like a plain mark; a middle initial follows a name;</item>
/// <item>never after a word written with its period apart before a number (<c>p. 12</c>, <c>eq. 4</c>), after the third
/// period of a spaced ellipsis (<c>. . .</c>; a fourth ends the sentence), or between a quotation ending with its own
/// mark and a short citation closed by a period (<c>"…" (Jones 12).</c>).</item>
/// </list>
/// <para>
/// Inline lists split before each next item: the number or letter after the last marker (<c>1.) … 2.) …</c>,
/// <c>a. … b. …</c>, <c>- 1. … - 2. …</c>) or a bullet (<c>•</c>, <c>⁃</c>); a lower-case letter marks an item only
/// before a capital.
/// </para>
/// <para>
/// A blank line always ends a sentence. A single line break ends one before a list item (<c>-</c>, <c>•</c>,
/// <c>1.</c>, <c>a)</c>) and after a heading-like line (title case, no final punctuation); otherwise it is a line
/// wrapped inside a paragraph. List markers (<c>1.</c>, <c>b.</c>, <c>iv.</c>) at the start of a sentence, a line or
/// after a colon belong to the item and end nothing. A run that reaches <see cref="LongSentenceLength"/> characters
/// without a sentence end is cut after its next clause mark, and at its next space once it reaches
/// <see cref="MaxSentenceLength"/> (an unpunctuated transcript is not one sentence). Sentences are trimmed, ordered and together hold every
/// non-white-space character of the text exactly once.
/// </para>
/// </remarks>
public sealed class SentenceSplitter
{
    private static readonly FrozenSet<string> TitleCaseFunctionWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "about", "after", "against", "an", "and", "are", "as", "at", "before", "between", "but", "by", "for", "from",
        "in", "into", "is", "its", "nor", "of", "on", "onto", "or", "over", "per", "than", "the", "to", "under", "up",
        "via", "vs", "with", "without",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup =
        TitleCaseFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that continue a time after <c>a.m.</c>/<c>p.m.</c> (<c>at 9 a.m. Friday</c>, <c>5 p.m. Eastern</c>) rather than start a sentence.</summary>
    private static readonly FrozenSet<string> TimeContinuations = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu",
        "Thur", "Thurs", "Fri", "Sat", "Sun", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Greenwich", "GMT", "UTC", "BST",
        "CET", "CEST", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "IST", "JST", "AEST",
        "AEDT", "HKT", "SGT", "Moscow", "Beijing", "Tokyo", "London", "Paris", "Washington", "New", "Local",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeContinuationLookup =
        TimeContinuations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words written with a separate period before a number (<c>p. 12</c>, <c>eq. 4</c>) that the tokenizer does not keep whole.</summary>
    private static readonly FrozenSet<string> NumberingWords = FrozenSet.Create(StringComparer.Ordinal,
        ["p", "P", "pp", "Pp", "pg", "Pg", "para", "Para", "paras", "eq", "Eq", "eqs", "Eqs", "figs", "Figs", "chap", "Chap",
         "ref", "Ref", "refs", "tab", "Tab", "ex", "Ex", "no", "No", "fig", "Fig", "vol", "Vol", "ch", "Ch", "sec", "Sec", "art", "Art"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberingLookup =
        NumberingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The length in characters at which a run without a sentence end is cut at the next space: a text without
    /// punctuation (a transcript) would otherwise be one sentence, and its summary the whole text. The longest sentence
    /// of the 1,780 BBC 2004–05 articles has 1,063 characters. A single token longer than this is never cut.
    /// </summary>
    internal const int MaxSentenceLength = 2000;

    /// <summary>The length from which a run without a sentence end is cut after a clause mark (<c>,</c> <c>;</c> <c>:</c> or a dash).</summary>
    internal const int LongSentenceLength = 1500;

    private readonly bool _capped;

    /// <summary>
    /// Whether a single line break is only where a hard-wrapped text's line was full (see <see cref="WithSoftLineBreaks"/>):
    /// it then ends no sentence, as a space would not.
    /// </summary>
    private readonly bool _softLineBreaks;

    private SentenceSplitter? _soft;

    /// <summary>Creates a splitter that cuts overlong runs without a sentence end (see <see cref="MaxSentenceLength"/>).</summary>
    public SentenceSplitter()
        : this(capped: true)
    {
    }

    private SentenceSplitter(bool capped, bool softLineBreaks = false)
    {
        _capped = capped;
        _softLineBreaks = softLineBreaks;
    }

    /// <summary>
    /// This splitter for a paragraph of hard-wrapped text, whose single line breaks the structure parser found forced by
    /// the width (the next word would not have fitted): such a break is a space, so a wrapped first line that reads like
    /// a heading (<c>Both the Council of Mortgage Lenders and Building Society</c> / <c>Association said…</c>) ends no
    /// sentence, nor does a wrapped line that starts with a number and a stop. A blank line still ends one.
    /// </summary>
    internal SentenceSplitter WithSoftLineBreaks() =>
        _softLineBreaks ? this : _soft ??= new SentenceSplitter(_capped, softLineBreaks: true);

    /// <summary>A shared instance.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>
    /// A splitter that ends sentences only where the text does: the structure parsers and the structure models' trainers
    /// read a document's layout from its written sentence ends (a run-together menu line stays one unit), and the models
    /// were trained so; the sentences an analysis reports come from <see cref="Default"/>.
    /// </summary>
    internal static SentenceSplitter Uncapped { get; } = new(capped: false);

    /// <summary>Returns the sentences of <paramref name="text"/>, trimmed of white space, in order.</summary>
    /// <param name="text">The text; spans are relative to its start.</param>
    public IReadOnlyList<TextSpan> Split(ReadOnlySpan<char> text)
    {
        var result = new List<TextSpan>();
        Split(text, 0, result);
        return result;
    }

    /// <summary>
    /// Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/>, each shifted by
    /// <paramref name="offset"/> (the position of <paramref name="text"/> in a larger text).
    /// </summary>
    /// <param name="text">The text, for example one paragraph of an article.</param>
    /// <param name="offset">Added to every span, so that spans index the larger text.</param>
    /// <param name="sentences">Receives the sentences, trimmed of white space, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> is null.</exception>
    public void Split(ReadOnlySpan<char> text, int offset, ICollection<TextSpan> sentences) =>
        Split<WithoutLog>(text, offset, sentences, null);

    /// <summary>
    /// As <see cref="Split(ReadOnlySpan{char}, int, ICollection{TextSpan})"/>, and clears <paramref name="tokenLog"/> and
    /// fills it with every token of <paramref name="text"/> in order, shifted by <paramref name="offset"/>: the tokens the
    /// splitter read, for a caller that would otherwise tokenize the text again (the one-line path). A separate
    /// instantiation of the loop, so that the splitting every other text goes through carries no test for the log.
    /// </summary>
    internal void Split(ReadOnlySpan<char> text, int offset, ICollection<TextSpan> sentences, List<Token> tokenLog)
    {
        ArgumentNullException.ThrowIfNull(tokenLog);
        tokenLog.Clear();
        Split<WithLog>(text, offset, sentences, tokenLog);
    }

    /// <summary>Whether <paramref name="t"/> is a clause mark: a comma, semicolon, colon or dash standing alone.</summary>
    private static bool IsClauseBreak(ReadOnlySpan<char> text, Token t) => t.Length == 1 && text[t.Start] is ',' or ';' or ':' or '–' or '—';

    /// <summary>Whether an instantiation of the splitting loop logs its tokens (a constant the JIT folds).</summary>
    private interface ILogMode
    {
        static abstract bool Logs { get; }
    }

    private readonly struct WithoutLog : ILogMode
    {
        public static bool Logs => false;
    }

    private readonly struct WithLog : ILogMode
    {
        public static bool Logs => true;
    }

    private void Split<TMode>(ReadOnlySpan<char> text, int offset, ICollection<TextSpan> sentences, List<Token>? tokenLog)
        where TMode : struct, ILogMode
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tokens = Tokenizer.Tokenize(text);
        if (!tokens.MoveNext())
        {
            return;
        }

        Token t = tokens.Current;
        int start = t.Start;
        bool markerAllowed = true;
        bool atLineStart = true;
        bool crossedLine = false;
        Token prev = default;
        int lastMarker = 0;
        int logged = 0;
        while (true)
        {
            if (TMode.Logs)
            {
                logged = Log(tokenLog!, text, offset, logged, t);
            }

            if (markerAllowed && (IsBullet(text, t) || (t.Length == 1 && text[t.Start] is '-' or '–' or '*' && FollowedBySpace(text, t))) && t.End < text.Length)
            {
                // A bullet, then perhaps a number: "• 9. item", "⁃9. item".
                var afterBullet = tokens;
                if (afterBullet.MoveNext())
                {
                    prev = t;
                    tokens = afterBullet;
                    t = afterBullet.Current;
                    continue;
                }
            }

            if (markerAllowed && TryConsumeListMarker(text, ref t, ref tokens, out int markerValue))
            {
                if (TMode.Logs)
                {
                    logged = Log(tokenLog!, text, offset, logged, t);
                }

                markerAllowed = false;
                lastMarker = markerValue;
                if (!tokens.MoveNext())
                {
                    sentences.Add(new TextSpan(offset + start, t.End - start));
                    return;
                }

                prev = t;
                t = tokens.Current;
                continue;
            }

            // An inline list that starts inside a sentence, without a colon: "You need 1) a tent 2) a stove", "The steps are
            // 1. Wash 2. Dry". The first marker starts an item when the second follows it.
            if (!markerAllowed && t.Start > start && prev.End < t.Start && MayStartInlineList(text, t) && SecondMarkerFollows(text, t, tokens))
            {
                sentences.Add(new TextSpan(offset + start, prev.End - start));
                start = t.Start;
                markerAllowed = true;
                atLineStart = false;
                crossedLine = false;
                continue;
            }

            // An item of an inline list ends where the next one starts: "1.) a tent 2.) a stove", "a. tents b. stoves", "• one • two".
            if (t.Start > start && prev.End < t.Start && (IsBullet(text, t) || (lastMarker > 0 && MayBeMarker(text, t) && IsMarkerInSequence(text, t, tokens, lastMarker))))
            {
                sentences.Add(new TextSpan(offset + start, prev.End - start));
                start = t.Start;
                markerAllowed = true;
                atLineStart = false;
                crossedLine = false;
                continue;
            }

            Token terminator = t;
            bool isTerminator = IsTerminator(text, t);
            if (isTerminator)
            {
                // Closing quotes and brackets glued to the mark end the sentence with it: ."  ?)  .”  ...!
                var ahead = tokens;
                while (ahead.MoveNext())
                {
                    var n = ahead.Current;
                    if (n.Start != t.End || !(IsTerminatorMark(text, n) || IsCloser(text, n)))
                    {
                        break;
                    }

                    t = n;
                    tokens = ahead;
                    if (TMode.Logs)
                    {
                        logged = Log(tokenLog!, text, offset, logged, t);
                    }
                }
            }

            // The enumerator moves on to the next token here; "tokens" stands on it from now on.
            if (!tokens.MoveNext())
            {
                sentences.Add(new TextSpan(offset + start, t.End - start));
                return;
            }

            Token next = tokens.Current;
            // Most tokens are glued to the next or one space from it: no call for those.
            int gap = next.Start - t.End;
            int lineBreaks = gap == 0 || (gap == 1 && text[t.End] == ' ') ? 0 : CountLineBreaks(text, t.End, next.Start);
            if (lineBreaks == 1 && _softLineBreaks)
            {
                lineBreaks = 0;
            }

            bool boundary = isTerminator && EndsSentence(text, prev, terminator, next)
                            && !(terminator.End != t.End && IsCitationAfterQuote(text, t, tokens));
            if (!boundary && lineBreaks > 0)
            {
                boundary = lineBreaks >= 2
                    || StartsListItem(text, next, tokens)
                    || (!isTerminator && atLineStart && !crossedLine && StartsCapitalized(text, next) && IsHeadingLine(text, start, t.End));
            }

            // An overlong run without a sentence end (a transcript without punctuation, a list of names run together) is
            // cut after a clause mark once it is long, or at any space once it reaches the limit, never inside a token.
            bool cut = !boundary && _capped && gap > 0
                       && (t.End - start >= MaxSentenceLength || (t.End - start >= LongSentenceLength && IsClauseBreak(text, t)));
            if (boundary || cut)
            {
                sentences.Add(new TextSpan(offset + start, t.End - start));
                start = next.Start;
                atLineStart = lineBreaks > 0;
                crossedLine = false;
            }
            else
            {
                crossedLine |= lineBreaks > 0;
            }

            // A list marker may follow a sentence end, a line break or a colon; a cut is no sentence end.
            markerAllowed = boundary || lineBreaks > 0 || (t.Length == 1 && text[t.Start] is ':' or ';');

            prev = t;
            t = next;
        }
    }

    /// <summary>
    /// Appends <paramref name="t"/> to the log unless it is there already (the loop may stand on a token twice) and
    /// returns where the log ends (<paramref name="logged"/> before); the tokens the loop steps over without standing on
    /// them (the period of a <c>1.)</c> marker) are read again from the characters between, so that the log holds every
    /// token once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Log(List<Token> log, ReadOnlySpan<char> text, int offset, int logged, Token t)
    {
        if (t.Start < logged)
        {
            return logged;
        }

        int gap = t.Start - logged;
        if (gap > 1 || (gap == 1 && text[logged] != ' '))
        {
            LogSkipped(log, text[logged..t.Start], offset + logged);
        }

        log.Add(new Token(offset + t.Start, t.Length, t.Kind));
        return t.End;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LogSkipped(List<Token> log, ReadOnlySpan<char> gap, int offset)
    {
        if (gap.ContainsAnyExcept(CharSets.WhiteSpace))
        {
            foreach (var skipped in Tokenizer.Tokenize(gap))
            {
                log.Add(new Token(offset + skipped.Start, skipped.Length, skipped.Kind));
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="t"/> may be the first marker of an inline list: <c>1</c>, <c>a</c> or <c>A</c> glued to
    /// <c>.</c> (then a capital, unless a hyphen bullet comes first), <c>)</c> or <c>.)</c> and followed by white space, or
    /// a hyphen bullet before one.
    /// Characters only: this runs on every token.
    /// </summary>
    private static bool MayStartInlineList(ReadOnlySpan<char> text, Token t)
    {
        int at = t.Start;
        bool bullet = false;
        if (t.Length == 1 && text[at] == '-' && at + 2 < text.Length && text[at + 1] == ' ')
        {
            at += 2;
            bullet = true;
        }
        else if (t.Length != 1 && !(t.Length == 2 && t.Kind == TokenKind.Word && text[at + 1] == '.'))
        {
            return false;
        }

        if (at + 2 >= text.Length || text[at] is not ('1' or 'a' or 'A'))
        {
            return false;
        }

        int k = at + 1;
        bool periodOnly = false;
        if (text[k] == '.')
        {
            k++;
            periodOnly = true;
            if (k < text.Length && text[k] == ')')
            {
                k++;
                periodOnly = false;
            }
        }
        else if (text[k] == ')')
        {
            k++;
        }
        else
        {
            return false;
        }

        // "1. Wash 2. Dry" starts a list, "steps 1. and 2. before" does not: after a bare period (and no hyphen bullet) the
        // item starts with a capital.
        return k < text.Length && text[k] == ' ' && char.IsWhiteSpace(text[at - 1]) && (!periodOnly || bullet || StartsItem(text, k));
    }

    /// <summary>Whether the marker after the one at <paramref name="first"/> (<c>2)</c> after <c>1)</c>, <c>b.</c> after <c>a.</c>) follows within the next 60 tokens.</summary>
    private static bool SecondMarkerFollows(ReadOnlySpan<char> text, Token first, TokenEnumerator at)
    {
        var ahead = at;
        int end = first.End;
        for (int n = 0; n < 60 && ahead.MoveNext(); n++)
        {
            var tok = ahead.Current;
            if (tok.Start > end && IsMarkerInSequence(text, tok, ahead, 1))
            {
                return true;
            }

            end = tok.End;
        }

        return false;
    }

    /// <summary>A cheap test before <see cref="IsMarkerInSequence"/>: a short token glued to <c>.</c> or <c>)</c>, a letter with its period, or a hyphen.</summary>
    private static bool MayBeMarker(ReadOnlySpan<char> text, Token t)
        => t.Length <= 4 && ((t.End < text.Length && text[t.End] is '.' or ')') || text[t.End - 1] == '.' || (t.Length == 1 && text[t.Start] is '-' or '–'));

    private static bool IsBullet(ReadOnlySpan<char> text, Token t)
        => t.Length == 1 && t.Kind != TokenKind.Word && text[t.Start] is '•' or '⁃' or '◦' or '▪' or '‣' or '►';

    /// <summary>
    /// Whether <paramref name="t"/> starts the list item after item <paramref name="lastMarker"/> inline: the next number or
    /// letter, glued to <c>.</c>, <c>)</c> or <c>.)</c> and followed by white space, or a hyphen bullet before it.
    /// </summary>
    private static bool IsMarkerInSequence(ReadOnlySpan<char> text, Token t, TokenEnumerator after, int lastMarker)
    {
        if (t.Length == 1 && text[t.Start] is '-' or '–' && FollowedBySpace(text, t))
        {
            return after.MoveNext() && IsMarkerInSequence(text, after.Current, after, lastMarker);
        }

        var head = t;
        if (!IsMarkerHead(text, head) || MarkerValue(text, head) != lastMarker + 1)
        {
            return false;
        }

        bool letter = head.Kind == TokenKind.Word;
        if (letter && head.Length == 2 && text[head.End - 1] == '.')
        {
            return FollowedBySpace(text, head) && StartsItem(text, head.End);
        }

        return after.MoveNext() && after.Current.Start == head.End && IsMarkerEnd(text, ref after) && FollowedBySpace(text, after.Current)
               && (!letter || StartsItem(text, after.Current.End));
    }

    /// <summary>Whether the enumerator stands on <c>.</c>, <c>)</c> or the <c>.</c> of <c>.)</c> (then moves to the <c>)</c>).</summary>
    private static bool IsMarkerEnd(ReadOnlySpan<char> text, ref TokenEnumerator at)
    {
        var mark = at.Current;
        if (mark.Length != 1 || text[mark.Start] is not ('.' or ')'))
        {
            return false;
        }

        if (text[mark.Start] == '.' && mark.End < text.Length && text[mark.End] == ')')
        {
            var closing = at;
            if (closing.MoveNext() && closing.Current.Start == mark.End)
            {
                at = closing;
            }
        }

        return true;
    }

    /// <summary>The place of a list marker in its sequence: 1 for <c>1</c>, <c>a</c> and <c>A</c>; 0 for roman numerals and others.</summary>
    private static int MarkerValue(ReadOnlySpan<char> text, Token head)
    {
        var s = text.Slice(head.Start, head.Length);
        if (s.Length == 2 && s[1] == '.')
        {
            s = s[..1];
        }

        if (head.Kind == TokenKind.Number)
        {
            if (s.Length > 3 || !AllDigits(s))
            {
                return 0;
            }

            int value = 0;
            foreach (char c in s)
            {
                value = (value * 10) + (c - '0');
            }

            return value;
        }

        return s.Length == 1 && char.IsAsciiLetter(s[0]) ? (s[0] | 0x20) - 'a' + 1 : 0;
    }

    /// <summary>
    /// A citation after a quotation that ends with its own mark: <c>"It was cold." (Ortega 44).</c> The sentence goes on
    /// to the period after the parenthesis when the parenthesis is short and that period follows it directly.
    /// </summary>
    private static bool IsCitationAfterQuote(ReadOnlySpan<char> text, Token closer, TokenEnumerator next)
    {
        char q = text[closer.Start];
        if (q is not ('"' or '”' or '\'' or '’') || next.Current.Length != 1 || text[next.Current.Start] != '(')
        {
            return false;
        }

        for (int n = 0; n < 16 && next.MoveNext(); n++)
        {
            var tok = next.Current;
            if (tok.Length == 1 && text[tok.Start] == ')')
            {
                return next.MoveNext() && next.Current.Start == tok.End && next.Current.Length == 1 && text[next.Current.Start] is '.' or ',' or ';';
            }

            if (tok.Length == 1 && text[tok.Start] is '(' or '"' or '“' or '!' or '?')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence that ends with <paramref name="terminator"/> is followed by one that starts with <paramref name="next"/>.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text, Token prev, Token terminator, Token next)
    {
        if (terminator.Kind == TokenKind.Word)
        {
            if (StartsLowerCase(text, next))
            {
                return false;
            }

            var w = text.Slice(terminator.Start, terminator.Length - 1);
            if (w is "a.m" or "p.m" or "A.M" or "P.M")
            {
                // "… closed at 9 P.M. Mrs. Lee then …" ends; "at 9 a.m. Friday" and "5 p.m. ET" go on.
                return IsOpeningQuote(text, next)
                       || (next.Kind == TokenKind.Word && !TimeContinuationLookup.Contains(TrimPeriod(text.Slice(next.Start, next.Length))));
            }

            if (w is "I" && prev.Kind == TokenKind.Word && prev.End < terminator.Start && StartsLowerCase(text, prev))
            {
                // The pronoun ends the sentence ("… said I. Mary …"); a middle initial follows a name ("Robert I. Marsh").
                return next.Kind != TokenKind.Punctuation || IsOpener(text, next);
            }

            return AbbreviationKindOf(text, terminator) switch
            {
                AbbreviationKind.Prefix => false,
                AbbreviationKind.Numbering => next.Kind != TokenKind.Number && StartsCapitalized(text, next),
                AbbreviationKind.Postfix => StartsCapitalized(text, next),
                _ => IsOpeningQuote(text, next)
                     || (next.Kind == TokenKind.Word && Abbreviations.IsSentenceStarter(text.Slice(next.Start, next.Length))),
            };
        }

        if (text[terminator.Start] is '\u3002' or '\uFF01' or '\uFF1F' or '\uFF61')
        {
            return true;
        }

        if (terminator.Length == 1 && text[terminator.Start] == '.')
        {
            // "see p. 12", "eq. 4": a word written with its period apart before a number.
            if (next.Kind == TokenKind.Number && prev.Kind == TokenKind.Word && prev.End == terminator.Start
                && NumberingLookup.Contains(text.Slice(prev.Start, prev.Length)))
            {
                return false;
            }

            // The third period of a spaced ellipsis (". . .") leaves the sentence open; a fourth (". . . .") ends it.
            if (IsThirdSpacedPeriod(text, terminator.Start))
            {
                return false;
            }
        }

        return next.Kind switch
        {
            TokenKind.Word or TokenKind.Url or TokenKind.Email or TokenKind.Hashtag or TokenKind.Mention => !StartsLowerCase(text, next),
            TokenKind.Punctuation => IsOpener(text, next),
            _ => true,
        };
    }

    private static bool IsThirdSpacedPeriod(ReadOnlySpan<char> text, int at)
        => at >= 4 && text[at - 1] == ' ' && text[at - 2] == '.' && text[at - 3] == ' ' && text[at - 4] == '.'
           && !(at >= 6 && text[at - 5] == ' ' && text[at - 6] == '.');

    private static ReadOnlySpan<char> TrimPeriod(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == '.' ? word[..^1] : word;

    private static AbbreviationKind AbbreviationKindOf(ReadOnlySpan<char> text, Token word)
    {
        var w = text.Slice(word.Start, word.Length - 1);
        if (w.Length == 1)
        {
            return AbbreviationKind.Ambiguous;
        }

        if (w.Contains('.'))
        {
            return w is "e.g" or "i.e" or "E.g" or "I.e" or "viz" ? AbbreviationKind.Prefix : AbbreviationKind.Ambiguous;
        }

        var kind = Abbreviations.Lookup(w);
        return kind == AbbreviationKind.None ? AbbreviationKind.Ambiguous : kind;
    }

    /// <summary>
    /// Consumes a list marker (<c>1.</c>, <c>b.</c>, <c>iv.</c>, <c>A.</c>) that starts a sentence, a line or follows a
    /// colon, so that its period ends nothing; leaves <paramref name="t"/> on the marker's last token.
    /// </summary>
    private static bool TryConsumeListMarker(ReadOnlySpan<char> text, ref Token t, ref TokenEnumerator tokens, out int value)
    {
        value = 0;
        if (t.Kind == TokenKind.Word && t.Length == 2 && text[t.Start + 1] == '.' && char.IsLetter(text[t.Start]))
        {
            if (t.End < text.Length && char.IsWhiteSpace(text[t.End]) && (char.IsUpper(text[t.Start]) || StartsItem(text, t.End)))
            {
                value = MarkerValue(text, t);
                return true;
            }

            return false;
        }

        if (!IsMarkerHead(text, t))
        {
            return false;
        }

        var ahead = tokens;
        if (!ahead.MoveNext())
        {
            return false;
        }

        var n = ahead.Current;
        if (n.Start != t.End || !IsMarkerEnd(text, ref ahead) || (ahead.Current.End < text.Length && !char.IsWhiteSpace(text[ahead.Current.End])))
        {
            return false;
        }

        if (t.Kind == TokenKind.Word && char.IsLower(text[t.Start]) && !StartsItem(text, ahead.Current.End))
        {
            // "a. apples and b. pears": a lower-case letter starts an item only before a capital.
            return false;
        }

        value = MarkerValue(text, t);
        t = ahead.Current;
        tokens = ahead;
        return true;
    }

    /// <summary>Whether a capitalized word follows the white space at <paramref name="from"/> (a lower-case "a." starts an item only before one).</summary>
    private static bool StartsItem(ReadOnlySpan<char> text, int from)
    {
        int k = from;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k < text.Length && char.IsUpper(text[k]);
    }

    private static bool IsMarkerHead(ReadOnlySpan<char> text, Token t)
    {
        var s = text.Slice(t.Start, t.Length);
        if (t.Kind == TokenKind.Number)
        {
            return s.Length <= 3 && AllDigits(s);
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        if (s.Length == 1)
        {
            return char.IsLetter(s[0]);
        }

        return s.Length <= 4 && (AllOf(s, "ivxlc") || AllOf(s, "IVXLC"));
    }

    // Plain loops over a few characters: the span helpers allocated 96 bytes a list marker here in the Debug test build (measured).
    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllOf(ReadOnlySpan<char> s, string chars)
    {
        foreach (char c in s)
        {
            if (chars.IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="next"/> (the first token of a line) begins a list item: a bullet, <c>1.</c>, <c>a)</c> or <c>(a)</c>.</summary>
    private static bool StartsListItem(ReadOnlySpan<char> text, Token next, TokenEnumerator after)
    {
        if (next.Length == 1 && text[next.Start] is '-' or '*' or '•' or '·' or '‣' or '◦' or '▪' or '–' or '—' or '►' or '+')
        {
            return FollowedBySpace(text, next);
        }

        if (next.Kind == TokenKind.Word && next.Length == 2 && text[next.Start + 1] == '.' && char.IsUpper(text[next.Start]))
        {
            return FollowedBySpace(text, next);
        }

        if (next.Length == 1 && text[next.Start] == '(')
        {
            if (!after.MoveNext() || !IsMarkerHead(text, after.Current))
            {
                return false;
            }

            var head = after.Current;
            return after.MoveNext() && after.Current.Start == head.End && text[after.Current.Start] == ')';
        }

        if (!IsMarkerHead(text, next) || !after.MoveNext())
        {
            return false;
        }

        var mark = after.Current;
        return mark.Start == next.End && mark.Length == 1 && text[mark.Start] is '.' or ')' && FollowedBySpace(text, mark);
    }

    private static bool FollowedBySpace(ReadOnlySpan<char> text, Token t) => t.End < text.Length && char.IsWhiteSpace(text[t.End]);

    /// <summary>Whether <c>text[start..end]</c> reads like a heading: title case, short, no final punctuation.</summary>
    private static bool IsHeadingLine(ReadOnlySpan<char> text, int start, int end)
    {
        var line = text[start..end];
        int count = 0;
        bool capitalized = false;
        Token last = default;
        foreach (var t in Tokenizer.Tokenize(line))
        {
            if (++count > 20)
            {
                return false;
            }

            last = t;
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            var w = line.Slice(t.Start, t.Length);
            if (char.IsUpper(w[0]) || char.IsDigit(w[0]))
            {
                capitalized = true;
            }
            else if (char.IsLower(w[0]) && !FunctionWordLookup.Contains(w) && !w.StartsWith("'") && !w.StartsWith("’") && !w.StartsWith("n'") && !w.StartsWith("n’"))
            {
                return false;
            }
        }

        return capitalized && !(last.Kind == TokenKind.Punctuation && line[last.Start] is ',' or ';' or ':' or '-' or '–' or '—');
    }

    private static int CountLineBreaks(ReadOnlySpan<char> text, int from, int to)
    {
        if (to - from == 1 && text[from] == ' ')
        {
            return 0;
        }

        int n = 0;
        for (int k = from; k < to; k++)
        {
            switch (text[k])
            {
                case '\n':
                case '\v':
                case '\u0085':
                case '\u2028':
                    n++;
                    break;
                case '\r':
                    if (k + 1 >= to || text[k + 1] != '\n')
                    {
                        n++;
                    }

                    break;
                case '\f':
                case '\u2029':
                    n += 2;
                    break;
            }
        }

        return n;
    }

    private static bool IsTerminator(ReadOnlySpan<char> text, Token t) =>
        t.Kind == TokenKind.Word ? t.Length >= 2 && text[t.End - 1] == '.' : IsTerminatorMark(text, t);

    private static bool IsTerminatorMark(ReadOnlySpan<char> text, Token t) =>
        t.Kind == TokenKind.Punctuation
        && (t.Length == 1
            ? text[t.Start] is '.' or '!' or '?' or '…' or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF61' or '\u203C' or '\u2047' or '\u2048' or '\u2049'
            : text[t.Start] == '.' && text[t.Start + 1] == '.');

    private static bool IsCloser(ReadOnlySpan<char> text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation || t.Length != 1)
        {
            return false;
        }

        char c = text[t.Start];
        return c is ')' or ']' or '}' or '”' or '’' or '»' or '›' or '\'' || (c == '"' && IsClosingStraightQuote(text, t));
    }

    private static bool IsOpener(ReadOnlySpan<char> text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation || t.Length != 1)
        {
            return false;
        }

        char c = text[t.Start];
        return c is '“' or '‘' or '«' or '‹' or '„' or '‚' or '(' or '[' or '{' or '¿' or '¡' or '\'' or '•' || (c == '"' && !IsClosingStraightQuote(text, t));
    }

    private static bool IsOpeningQuote(ReadOnlySpan<char> text, Token t) =>
        t.Kind == TokenKind.Punctuation && t.Length == 1 && (text[t.Start] is '“' or '‘' or '«' or '„' || (text[t.Start] == '"' && !IsClosingStraightQuote(text, t)));

    /// <summary>
    /// Whether a straight double quote closes a quotation: it does when white space, the end or punctuation follows
    /// it; glued to a following word it opens one (<c>goal."I was lucky</c> in concatenated summaries).
    /// </summary>
    private static bool IsClosingStraightQuote(ReadOnlySpan<char> text, Token t)
    {
        int after = t.End;
        if (after >= text.Length || char.IsWhiteSpace(text[after]))
        {
            return true;
        }

        char next = text[after];
        return !char.IsLetterOrDigit(next) && next is not ('“' or '‘' or '(' or '[' or '$' or '£' or '€');
    }

    private static bool StartsLowerCase(ReadOnlySpan<char> text, Token t)
    {
        char c = text[t.Start];
        if (!char.IsHighSurrogate(c))
        {
            return char.IsLower(c);
        }

        return Rune.DecodeFromUtf16(text[t.Start..], out var rune, out _) == System.Buffers.OperationStatus.Done && Rune.IsLower(rune);
    }

    private static bool StartsCapitalized(ReadOnlySpan<char> text, Token t)
    {
        if (t.Kind == TokenKind.Punctuation)
        {
            return IsOpener(text, t);
        }

        return !StartsLowerCase(text, t);
    }
}
