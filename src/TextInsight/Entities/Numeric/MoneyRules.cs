namespace TextInsight.Entities.Numeric;

/// <summary>
/// Money, read over the number atoms with the currency lexicon (<see cref="CurrencyTable"/>): a symbol, symbol word or
/// code before the number, glued or spaced (<c>$1.5M</c>, <c>C$2bn</c>, <c>$US40m</c>, <c>USD 5 million</c>,
/// <c>usd90</c>, <c>Rs. 500</c>, <c>kr 200</c>); or a number before a symbol, code, scaled code, name, qualified name or
/// minor unit (<c>12 €</c>, <c>45 usd</c>, <c>12 MEUR</c>, <c>two million dollars</c>, <c>2 billion pesetas</c>,
/// <c>75 million Australian dollars</c>, <c>50 cents</c>, <c>20p</c>); major and minor units together
/// (<c>4 dollars 20 cents</c>, <c>five dollars and twenty-five cents</c>); and ranges (<c>$1–2 million</c>: one mention for
/// each side, the lower side borrowing the scale and currency of the upper one). A form that could mean several
/// currencies (<c>$</c>, <c>¥</c>, <c>kr</c>, "pesos", "cents") takes the one the document's context chooses, and the
/// mention says the currency was assumed.
/// </summary>
internal static class MoneyRules
{
    /// <summary>A currency read next to a number.</summary>
    /// <param name="Code">Its code.</param>
    /// <param name="Assumed">The form could mean several currencies and the context chose this one.</param>
    /// <param name="Strict">A code that is also a word: money only with a large or exact amount.</param>
    /// <param name="Scale">A scale the currency carries (<c>MEUR</c>: 1e6), or 1.</param>
    /// <param name="Divisor">For a minor unit: how many make one major unit (cents: 100), or 1.</param>
    /// <param name="MinorName">For a minor unit: its singular name.</param>
    /// <param name="Named">The currency was written as a name (<c>pounds</c>, <c>Swiss francs</c>): a bare minor amount may follow (<c>two pounds fifty</c>).</param>
    private readonly record struct Found(string Code, bool Assumed, bool Strict, decimal Scale = 1, decimal Divisor = 1, string? MinorName = null, bool Named = false);

    /// <summary>Words after "a dollar", "a pound" that leave it an amount (<c>a dollar a day</c>, <c>a pound each</c>); another word makes it a noun (<c>a pound coin</c>).</summary>
    private static readonly HashSet<string> AfterSingleUnit = new(StringComparer.Ordinal)
    {
        "a", "an", "per", "each", "apiece", "for", "to", "in", "on", "at", "from", "than", "more", "less", "or", "and", "but",
        "with", "by", "this", "that", "the", "back", "extra", "now", "today", "then", "last", "next", "every", "if", "when",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterSingleUnitLookup = AfterSingleUnit.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryMatch(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, NumericContext context, List<NumericMention> output, out int end)
    {
        end = i;
        return TryPrefixed(text, atoms, i, firstFree, context, output, ref end) || TrySuffixed(text, atoms, i, firstFree, context, output, ref end);
    }

    /// <summary>Whether a lower-case word may start a money mention (<c>usd90</c>, <c>kr 200</c>): the recognizer skips other lower-case words.</summary>
    public static bool MayStartLowerCase(ReadOnlySpan<char> word)
        => word.Length is >= 2 and <= 4 && (CurrencyTable.TryCode(word, out _) || CurrencyTable.TrySymbol(word, out _));

    private static Found FromCandidates(string[] candidates, NumericContext context)
        => new(context.Resolve(candidates), candidates.Length > 1 || candidates[0] == CurrencyTable.Dollar, false);

    /// <summary>A currency before the number; returns where the number starts.</summary>
    private static bool TryReadPrefix(string text, ReadOnlySpan<NumberAtom> atoms, int i, NumericContext context, out Found found, out int numberAt)
    {
        found = default;
        numberAt = i + 1;
        if (i + 1 >= atoms.Length)
        {
            return false;
        }

        var a = atoms[i];
        string[]? candidates;
        if (a.Kind == NumberAtomKind.Currency)
        {
            // "$US40m", "$A5": the symbol, then the country glued to it.
            var b = atoms[i + 1];
            if (b.Kind is NumberAtomKind.Other or NumberAtomKind.A && !b.GapBefore && b.Length <= 2 && char.IsUpper(text[b.Start])
                && CurrencyTable.TrySymbol(text.AsSpan(a.Start, b.End - a.Start), out candidates))
            {
                numberAt = i + 2;
                found = FromCandidates(candidates, context);
                return true;
            }

            if (!CurrencyTable.TrySymbol(AtomText.Of(text, a), out candidates))
            {
                return false;
            }

            found = FromCandidates(candidates, context);
            return true;
        }

        if (a.Kind is not (NumberAtomKind.Other or NumberAtomKind.A))
        {
            return false;
        }

        // A country written with periods or a space before the symbol: "U.S.$", "U.S. $", "US $", "HK $".
        if (char.IsAsciiLetterUpper(text[a.Start]) && TryDottedCountry(text, atoms, i, out candidates, out int symbolAt) && symbolAt + 1 < atoms.Length)
        {
            numberAt = symbolAt + 1;
            found = FromCandidates(candidates, context);
            return true;
        }

        // A country glued to the symbol: "US$", "C$", "HK$", "Can$".
        if (atoms[i + 1].Kind == NumberAtomKind.Currency && !atoms[i + 1].GapBefore)
        {
            if (a.Length > 3 || !CurrencyTable.TrySymbol(text.AsSpan(a.Start, atoms[i + 1].End - a.Start), out candidates))
            {
                return false;
            }

            numberAt = i + 2;
            found = FromCandidates(candidates, context);
            return true;
        }

        var word = AtomText.Of(text, a);
        if (word.Length < 2)
        {
            return false;
        }

        // Symbol words: "Rs. 500", "kr 200", "SFr 5m", "RM5 million".
        if (AtomText.IsPunctuation(text, atoms, i + 1, '.') && !atoms[i + 1].GapBefore
            && CurrencyTable.TrySymbol(text.AsSpan(a.Start, a.Length + 1), out candidates))
        {
            numberAt = i + 2;
            found = FromCandidates(candidates, context);
            return true;
        }

        if (CurrencyTable.TrySymbol(word, out candidates))
        {
            found = FromCandidates(candidates, context);
            return true;
        }

        if (CurrencyTable.TryCode(word, out var code))
        {
            found = new Found(code.Code, false, code.Strict);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Letters of a country, with periods or one space, before a currency symbol: <c>U.S.$</c>, <c>U.S. $</c>, <c>US $</c>.
    /// Spaced, the country needs two letters (<c>a $5 note</c> is no Australian dollar).
    /// </summary>
    private static bool TryDottedCountry(string text, ReadOnlySpan<NumberAtom> atoms, int i, out string[] candidates, out int symbolAt)
    {
        candidates = [];
        symbolAt = -1;
        Span<char> symbol = stackalloc char[8];
        int n = 0, letters = 0;
        bool spaced = false, dotted = false;
        for (int k = i; k < atoms.Length && k < i + 6; k++)
        {
            var b = atoms[k];
            if (k > i && b.GapBefore)
            {
                if (spaced || b.Kind != NumberAtomKind.Currency)
                {
                    return false;
                }

                spaced = true;
            }

            var piece = AtomText.Of(text, b);
            if (b.Kind == NumberAtomKind.Currency)
            {
                if ((!spaced && !dotted) || letters < 2 || n + piece.Length > symbol.Length)
                {
                    return false;
                }

                piece.CopyTo(symbol[n..]);
                n += piece.Length;
                symbolAt = k;
                return TrySymbol(symbol[..n], out candidates);
            }

            bool dot = piece is ".";
            if (n + piece.Length > symbol.Length || !(dot || (b.Kind is NumberAtomKind.Other or NumberAtomKind.A && piece.Length <= 2 && !piece.ContainsAnyExceptInRange('A', 'Z'))))
            {
                return false;
            }

            dotted |= dot;
            letters += dot ? 0 : piece.Length;
            piece.CopyTo(symbol[n..]);
            n += piece.Length;
        }

        return false;

        static bool TrySymbol(ReadOnlySpan<char> s, out string[] c) => CurrencyTable.TrySymbol(s, out c);
    }

    /// <summary>Digits or words with a scale, decimals or at least a thousand: what a strict form (a code that is a word) needs.</summary>
    private static bool IsLargeOrExact(ReadOnlySpan<NumberAtom> atoms, NumberParse number)
    {
        if (number.Scale > 0 || Math.Abs(number.Value) >= 1000)
        {
            return true;
        }

        for (int k = number.Start; k < number.End; k++)
        {
            if (atoms[k].HasDecimals)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryPrefixed(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, NumericContext context, List<NumericMention> output, ref int end)
    {
        if (!TryReadPrefix(text, atoms, i, context, out var found, out int numberAt) || numberAt >= atoms.Length
            || atoms[numberAt].Kind is NumberAtomKind.Dash or NumberAtomKind.Minus
            || !NumberGrammar.CanStart(atoms[numberAt]) || !NumberGrammar.TryParse(atoms, numberAt, NumberOptions.MoneySuffixes, out var lower)
            || (found.Strict && !IsLargeOrExact(atoms, lower)))
        {
            return false;
        }

        int k = lower.End;
        int start = atoms[i].Start;
        decimal sign = 1;
        if (IsSignBefore(text, atoms, i, firstFree))
        {
            // "-$3 million", "minus $5", "negative $40 million".
            sign = -1;
            start = atoms[i - 1].Start;
        }

        if ((AtomText.IsRangeJoiner(text, atoms, k) || IsBetweenAnd(text, atoms, k, i - 1, firstFree)) && k + 1 < atoms.Length && sign > 0)
        {
            int upperStart = k + 1;
            int upperNumber = upperStart;
            if (TryReadPrefix(text, atoms, upperStart, context, out var upperFound, out int n2) && upperFound.Code == found.Code)
            {
                upperNumber = n2;
            }

            if (upperNumber < atoms.Length && atoms[upperNumber].Kind is not (NumberAtomKind.Dash or NumberAtomKind.Minus)
                && NumberGrammar.CanStart(atoms[upperNumber])
                && NumberGrammar.TryParse(atoms, upperNumber, NumberOptions.MoneySuffixes, out var upper))
            {
                decimal lowerValue = lower.Value;
                if (lower.Scale == 0 && upper.Scale > 0 && lowerValue < 1000 && lowerValue <= upper.Value / upper.Scale)
                {
                    lowerValue *= upper.Scale;
                }

                output.Add(new NumericMention(EntityType.Money, start, atoms[lower.End - 1].End, lowerValue, found.Code, null, 1, found.Assumed));
                output.Add(new NumericMention(EntityType.Money, atoms[upperStart].Start, atoms[upper.End - 1].End, upper.Value, found.Code, null, 1, found.Assumed));
                end = upper.End;
                return true;
            }
        }

        decimal value = lower.Value;
        int last = lower.End;

        // A code after the amount says which dollar: "$5 CAD", "$40 million USD".
        if (found.Assumed && last < atoms.Length && atoms[last].GapBefore && atoms[last].Kind == NumberAtomKind.Other
            && CurrencyTable.TryCode(AtomText.Of(text, atoms[last]), out var after) && !after.Strict && AtomText.Of(text, atoms[last]).ContainsAnyExceptInRange('a', 'z'))
        {
            found = new Found(after.Code, false, false);
            last++;
        }
        else if (TryMinorTail(text, atoms, last, found.Code, requireAnd: true, out decimal minorPart, out int tailEnd))
        {
            value += minorPart;
            last = tailEnd;
        }

        output.Add(new NumericMention(EntityType.Money, start, atoms[last - 1].End, sign * value, found.Code, null, 1, found.Assumed));
        end = last;
        return true;
    }

    /// <summary>A sign before a currency symbol: a hyphen or minus glued to it at the start of a word, or "minus", "negative".</summary>
    private static bool IsSignBefore(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree)
    {
        if (i - 1 < firstFree || atoms[i].Kind != NumberAtomKind.Currency)
        {
            return false;
        }

        var s = atoms[i - 1];
        return (s.Kind == NumberAtomKind.Minus && atoms[i].GapBefore)
               || (s.Kind == NumberAtomKind.Dash && !atoms[i].GapBefore && AtomText.Of(text, s) is "-" or "−"
                   && (i - 1 == 0 || s.GapBefore || (atoms[i - 2].Kind == NumberAtomKind.Punctuation && AtomText.Of(text, atoms[i - 2]) is "(" or "[")));
    }

    /// <summary>"between 5 and 6 million", "between $5 and $6 million": an "and" that joins the two sides of a range.</summary>
    private static bool IsBetweenAnd(string text, ReadOnlySpan<NumberAtom> atoms, int and, int beforeLower, int firstFree)
        => and < atoms.Length && atoms[and].Kind == NumberAtomKind.And && beforeLower >= firstFree && beforeLower >= 0
           && AtomText.Of(text, atoms[beforeLower]).Equals("between", StringComparison.OrdinalIgnoreCase);

    private static bool TrySuffixed(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, NumericContext context, List<NumericMention> output, ref int end)
    {
        if (!NumberGrammar.CanStart(atoms[i]))
        {
            return false;
        }

        if (!NumberGrammar.TryParse(atoms, i, NumberOptions.MoneySuffixes, out var number))
        {
            // "a dollar", "a pound a week": one of a currency named in the singular.
            if (atoms[i].Kind != NumberAtomKind.A || !IsSingleUnit(text, atoms, i + 1))
            {
                return false;
            }

            number = new NumberParse(i, i + 1, 1, 0, false);
        }

        if (!TryCurrencyAfter(text, atoms, number, context, out var found, out int codeEnd))
        {
            return false;
        }

        decimal value = number.Value * found.Scale / found.Divisor;
        string? minorName = found.MinorName;
        decimal? minorValue = found.Divisor > 1 ? number.Value : null;
        if (found.Divisor == 1 && found.Scale == 1 && number.Scale == 0)
        {
            if (TryMinorTail(text, atoms, codeEnd, found.Code, requireAnd: false, out decimal minorPart, out int tailEnd)
                || (found.Named && !number.HasFraction && decimal.Truncate(number.Value) == number.Value
                    && TryBareMinor(text, atoms, codeEnd, found.Code, out minorPart, out tailEnd)))
            {
                value += minorPart;
                codeEnd = tailEnd;
            }
            else if (found.Named && codeEnd + 2 < atoms.Length && atoms[codeEnd].Kind == NumberAtomKind.And && atoms[codeEnd + 1].Kind == NumberAtomKind.A
                     && atoms[codeEnd + 2].Kind == NumberAtomKind.Half)
            {
                // "a euro and a half".
                value += 0.5m;
                codeEnd += 3;
            }
        }

        // The lower side of a range before it: "5-10 million dollars", "two to three billion euros", "between 5 and 6 million euros".
        if (i - 2 >= firstFree && (AtomText.IsRangeJoiner(text, atoms, i - 1) || IsBetweenAnd(text, atoms, i - 1, i - 3, firstFree)) && AtomText.IsSimpleNumber(atoms[i - 2])
            && NumberGrammar.TryParse(atoms, i - 2, NumberOptions.None, out var lower) && lower.End == i - 1)
        {
            decimal lowerValue = lower.Value;
            if (number.Scale > 0 && lowerValue < 1000)
            {
                lowerValue *= number.Scale;
            }

            output.Add(new NumericMention(EntityType.Money, atoms[i - 2].Start, atoms[i - 2].End, lowerValue * found.Scale / found.Divisor, found.Code, null, 0.9,
                found.Assumed, minorName, minorName is null ? null : lowerValue));
        }

        output.Add(new NumericMention(EntityType.Money, atoms[i].Start, atoms[codeEnd - 1].End, value, found.Code, null, 1, found.Assumed, minorName, minorValue));
        end = codeEnd;
        return true;
    }

    /// <summary>Whether a currency name in the singular stands at <paramref name="k"/> and what follows leaves it an amount: "a dollar.", "a pound a week", "a dollar fifty".</summary>
    private static bool IsSingleUnit(string text, ReadOnlySpan<NumberAtom> atoms, int k)
    {
        if (k >= atoms.Length || atoms[k].Kind != NumberAtomKind.Other || !atoms[k].GapBefore)
        {
            return false;
        }

        var word = AtomText.Of(text, atoms[k]);
        bool minor = CurrencyTable.TryMinor(word, out var minorEntry) && word.SequenceEqual(minorEntry.Name);
        if (word.Length < 3 || word[^1] == 's' || !char.IsLower(word[0])
            || (!minor && (!CurrencyTable.TryName(word, out _, out bool strict) || strict)))
        {
            return false;
        }

        if (k + 1 >= atoms.Length)
        {
            return true;
        }

        var next = atoms[k + 1];
        return next.Kind switch
        {
            NumberAtomKind.Punctuation => true,
            NumberAtomKind.A or NumberAtomKind.And or NumberAtomKind.In or NumberAtomKind.Tens or NumberAtomKind.Teen => next.GapBefore,
            NumberAtomKind.Other => next.GapBefore && AfterSingleUnitLookup.Contains(AtomText.Of(text, next)),
            _ => false,
        };
    }

    /// <summary>
    /// A bare minor amount after a major one written as a name: "two pounds fifty", "3 dollars 50", "a dollar fifty". Two
    /// digits or a number word from ten to ninety-nine, then nothing that could make it a count of something else.
    /// </summary>
    private static bool TryBareMinor(string text, ReadOnlySpan<NumberAtom> atoms, int k, string code, out decimal part, out int end)
    {
        part = 0;
        end = k;
        if (k >= atoms.Length || !atoms[k].GapBefore || CurrencyTable.MinorDigits(code) != 2)
        {
            return false;
        }

        var a = atoms[k];
        bool digits = a.Kind == NumberAtomKind.Digits && a.Length == 2 && !a.HasDecimals && !a.Blocked;
        if (!digits && a.Kind is not (NumberAtomKind.Teen or NumberAtomKind.Tens))
        {
            return false;
        }

        if (!NumberGrammar.TryParse(atoms, k, NumberOptions.None, out var minor) || minor.Scale > 0 || minor.HasFraction
            || minor.Value is < 1 or > 99 || decimal.Truncate(minor.Value) != minor.Value)
        {
            return false;
        }

        if (minor.End < atoms.Length)
        {
            var next = atoms[minor.End];
            bool ok = next.Kind switch
            {
                NumberAtomKind.Punctuation => AtomText.Of(text, next) is not ("%" or "/" or ":"),
                NumberAtomKind.A => next.GapBefore,
                NumberAtomKind.Other => next.GapBefore && AfterSingleUnitLookup.Contains(AtomText.Of(text, next)),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        part = minor.Value / 100;
        end = minor.End;
        return true;
    }

    /// <summary>The minor units after a major amount: "4 dollars 20 cents", "5 pounds and 50p", "$4 and 20 cents".</summary>
    private static bool TryMinorTail(string text, ReadOnlySpan<NumberAtom> atoms, int k, string majorCode, bool requireAnd, out decimal part, out int end)
    {
        part = 0;
        end = k;
        int j = k;
        if (j < atoms.Length && atoms[j].Kind == NumberAtomKind.And)
        {
            j++;
        }
        else if (requireAnd)
        {
            return false;
        }

        if (j >= atoms.Length || !NumberGrammar.CanStart(atoms[j]) || atoms[j].Kind is NumberAtomKind.A or NumberAtomKind.Half or NumberAtomKind.Quarter
            || !NumberGrammar.TryParse(atoms, j, NumberOptions.None, out var minor) || minor.Scale > 0 || minor.HasFraction || minor.End >= atoms.Length)
        {
            return false;
        }

        var unit = atoms[minor.End];
        var word = AtomText.Of(text, unit);
        if (unit.Kind != NumberAtomKind.Other || !CurrencyTable.TryMinor(word, out var entry) || (word is "p" && unit.GapBefore)
            || (entry.Currency != CurrencyTable.SameCurrency && entry.Currency != majorCode)
            || minor.Value <= 0 || minor.Value >= entry.Divisor || decimal.Truncate(minor.Value) != minor.Value)
        {
            return false;
        }

        part = minor.Value / entry.Divisor;
        end = minor.End + 1;
        return true;
    }

    private static bool TryCurrencyAfter(string text, ReadOnlySpan<NumberAtom> atoms, NumberParse number, NumericContext context, out Found found, out int end)
    {
        found = default;
        int k = number.End;
        end = k;
        if (k >= atoms.Length)
        {
            return false;
        }

        // The period of a European scale abbreviation before the currency: "3,4 Mio. Euro", "2 Mrd. €".
        if (AtomText.IsPunctuation(text, atoms, k, '.') && !atoms[k].GapBefore && atoms[k - 1].Kind == NumberAtomKind.Scale && atoms[k - 1].Length >= 3
            && k + 1 < atoms.Length && atoms[k + 1].GapBefore)
        {
            k++;
        }

        var a = atoms[k];
        string[]? candidates;
        if (a.Kind == NumberAtomKind.Currency)
        {
            // "12 €", "12€"; but in "5 €10" the symbol belongs to the next amount.
            if (k + 1 < atoms.Length && !atoms[k + 1].GapBefore && atoms[k + 1].Kind == NumberAtomKind.Digits)
            {
                return false;
            }

            // "99¢".
            if (CurrencyTable.TryMinor(AtomText.Of(text, a), out var cent))
            {
                if (number.HasFraction || number.Scale > 0 || number.Value >= cent.Divisor)
                {
                    return false;
                }

                found = FromCandidates([CurrencyTable.Dollar, "EUR"], context) with { Divisor = cent.Divisor, MinorName = cent.Name };
                end = k + 1;
                return true;
            }

            if (!CurrencyTable.TrySymbol(AtomText.Of(text, a), out candidates))
            {
                return false;
            }

            found = FromCandidates(candidates, context);
            end = k + 1;
            return true;
        }

        if (a.Kind is not (NumberAtomKind.Other or NumberAtomKind.A))
        {
            return false;
        }

        var word = AtomText.Of(text, a);

        // A currency before its minor unit: "50 euro cents", "20 US cents".
        if (k + 1 < atoms.Length && atoms[k + 1].GapBefore && CurrencyTable.TryMinor(AtomText.Of(text, atoms[k + 1]), out var ofCurrency)
            && ofCurrency.Currency == CurrencyTable.SameCurrency && !number.HasFraction && number.Scale == 0 && number.Value < ofCurrency.Divisor
            && CentsOf(word) is { } centsOf)
        {
            found = new Found(centsOf, false, false, Divisor: ofCurrency.Divisor, MinorName: ofCurrency.Name);
            end = k + 2;
            return true;
        }

        if (CurrencyTable.TryCode(word, out var code))
        {
            if (code.Strict && !IsLargeOrExact(atoms, number))
            {
                return false;
            }

            found = new Found(code.Code, false, code.Strict);
            end = k + 1;
            return true;
        }

        if (number.Scale == 0 && CurrencyTable.TryScaledCode(word, out code, out decimal scale))
        {
            found = new Found(code.Code, false, false, Scale: scale);
            end = k + 1;
            return true;
        }

        // Minor units, lower case only ("50 Cent" is a rapper); "p" only glued (20p, not "page 20 p").
        if (CurrencyTable.TryMinor(word, out var minor) && !number.HasFraction && number.Scale == 0)
        {
            // "p" and "c" only glued ("20p", "65c"; not "page 20 p"); pence past a pound are share prices ("245p"), but not video
            // lines ("1080p"); cents after a numbered section are no money ("Article 5c").
            if ((word is "p" && (a.GapBefore || IsVideoLines(number.Value)))
                || (word is "c" && (a.GapBefore || number.Value >= minor.Divisor || AfterNoun(text, atoms, number.Start))))
            {
                return false;
            }

            found = minor.Currency == CurrencyTable.SameCurrency
                ? FromCandidates([CurrencyTable.Dollar, "EUR"], context) with { Divisor = minor.Divisor, MinorName = minor.Name }
                : new Found(minor.Currency, false, false, Divisor: minor.Divisor, MinorName: minor.Name);
            end = k + 1;
            return true;
        }

        if (!a.GapBefore)
        {
            return false;
        }

        // "100 grand": thousands of the article's dollar or pound, unless a noun follows ("3 grand slams").
        if (word is "grand" && number.Scale == 0 && !number.HasFraction && number.Value < 1000
            && (k + 1 >= atoms.Length || atoms[k + 1].Kind == NumberAtomKind.Punctuation
                || (atoms[k + 1].Kind is NumberAtomKind.Other or NumberAtomKind.A && AfterSingleUnitLookup.Contains(AtomText.Of(text, atoms[k + 1])))))
        {
            found = FromCandidates([CurrencyTable.Dollar, "GBP"], context) with { Scale = 1000 };
            end = k + 1;
            return true;
        }

        // A symbol word after the amount: "500 kr", "200 zł", "100 Kč".
        if (word.Length >= 2 && CurrencyTable.TrySymbol(word, out candidates))
        {
            found = FromCandidates(candidates, context);
            end = AtomText.IsPunctuation(text, atoms, k + 1, '.') && !atoms[k + 1].GapBefore && CurrencyTable.TrySymbol(text.AsSpan(a.Start, a.Length + 1), out _) && k + 2 < atoms.Length ? k + 2 : k + 1;
            return true;
        }

        // A country or people and a name: "Australian dollars", "Hong Kong dollars", "Trinidad and Tobago dollars".
        if (char.IsUpper(word[0]) || word is "new")
        {
            Span<char> phrase = stackalloc char[MaxPhrase];
            for (int words = 6; words >= 2; words--)
            {
                int last = k + words - 1;
                if (last >= atoms.Length || !AllWords(text, atoms, k, last) || !CurrencyTable.TryName(AtomText.Of(text, atoms[last]), out _, out _))
                {
                    continue;
                }

                if (JoinWords(text, atoms, k, last, phrase) is int n and > 0 && CurrencyTable.FromQualified(phrase[..n]) is { } qualified)
                {
                    found = new Found(qualified, false, false, Named: true);
                    end = last + 1;
                    return true;
                }
            }
        }

        // Two-word names first ("deutsche marks", "D-marks"), then one word.
        int nameEnd = k + 1;
        bool strict;
        Span<char> pair = stackalloc char[MaxPhrase];
        if (k + 1 < atoms.Length && atoms[k + 1].Kind == NumberAtomKind.Other && (atoms[k + 1].GapBefore || atoms[k + 1].HyphenBefore)
            && JoinWords(text, atoms, k, k + 1, pair) is int pairLength and > 0 && CurrencyTable.TryName(pair[..pairLength], out candidates, out strict))
        {
            nameEnd = k + 2;
        }
        else if (!CurrencyTable.TryName(word, out candidates, out strict))
        {
            return false;
        }

        if (strict && !IsLargeOrExact(atoms, number))
        {
            return false;
        }

        found = FromCandidates(candidates, context) with { Named = true };
        end = nameEnd;
        if ((found.Code == "GBP" && AtomText.Is(text, atoms, end, "sterling")) || (found.Code == "CNY" && AtomText.Is(text, atoms, end, "renminbi")))
        {
            end++;
        }

        return true;
    }

    /// <summary>Words apart or hyphenated, or an abbreviation written with periods (<c>U.S.</c>).</summary>
    private static bool AllWords(string text, ReadOnlySpan<NumberAtom> atoms, int from, int to)
    {
        for (int k = from; k <= to; k++)
        {
            bool dot = AtomText.IsPunctuation(text, atoms, k, '.');
            if ((atoms[k].Kind is not (NumberAtomKind.Other or NumberAtomKind.And or NumberAtomKind.A) && !dot)
                || (k > from && !atoms[k].GapBefore && !atoms[k].HyphenBefore && !dot && !AtomText.IsPunctuation(text, atoms, k - 1, '.'))
                || (dot && (k == from || atoms[k].GapBefore)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The currency of a minor unit named before it: "euro cents", "US cents", "USD cents".</summary>
    private static string? CentsOf(ReadOnlySpan<char> word)
    {
        if (word is "US")
        {
            return "USD";
        }

        if (CurrencyTable.TryCode(word, out var code) && !code.Strict)
        {
            return code.Code;
        }

        return char.IsLower(word[0]) && CurrencyTable.TryName(word, out var names, out bool strict) && !strict && names.Length == 1 && names[0] != CurrencyTable.Dollar
            ? names[0]
            : null;
    }

    /// <summary>The line counts of video formats (720p, 1080p), which are no pence.</summary>
    private static bool IsVideoLines(decimal value) => value is 144 or 240 or 360 or 480 or 576 or 720 or 1080 or 1440 or 2160 or 4320;

    /// <summary>
    /// Whether a word that may name what the number numbers stands right before atom <paramref name="k"/> ("Article 5c",
    /// "series 3c"): any word but the few that come before a price ("at 65c", "just 5c", "cost 20c").
    /// </summary>
    private static bool AfterNoun(string text, ReadOnlySpan<NumberAtom> atoms, int k)
    {
        if (k == 0 || atoms[k - 1].Kind != NumberAtomKind.Other)
        {
            return false;
        }

        var word = AtomText.Of(text, atoms[k - 1]);
        return !AfterSingleUnitLookup.Contains(word) && word is not ("just" or "only" or "about" or "around" or "under" or "over" or "is" or "was"
            or "are" or "were" or "be" or "cost" or "costs" or "paid" or "pay" or "pays" or "rose" or "fell" or "up" or "down" or "of");
    }

    private const int MaxPhrase = 64;

    /// <summary>Words joined by single spaces, or by a hyphen where the text has one ("D-marks"), into <paramref name="buffer"/>; 0 when they do not fit.</summary>
    private static int JoinWords(string text, ReadOnlySpan<NumberAtom> atoms, int from, int to, Span<char> buffer)
    {
        int n = 0;
        for (int k = from; k <= to; k++)
        {
            if (n + atoms[k].Length + 1 > buffer.Length)
            {
                return 0;
            }

            if (k > from && (atoms[k].HyphenBefore || atoms[k].GapBefore))
            {
                buffer[n++] = atoms[k].HyphenBefore ? '-' : ' ';
            }

            text.AsSpan(atoms[k].Start, atoms[k].Length).CopyTo(buffer[n..]);
            n += atoms[k].Length;
        }

        return n;
    }
}
