namespace TextInsight.Entities.Numeric;

/// <summary>
/// Reads English numbers from <see cref="NumberAtom"/>s: digits (<c>1,500.5</c>, <c>1e6</c>), words
/// (<c>one hundred and twenty-five</c>), mixtures (<c>3 hundred and 21</c>, <c>1.5 million</c>, <c>10k</c>), scales
/// (thousand … trillion, lakh, crore, k, M, bn), dozens, fractions (<c>two thirds</c>, <c>a half</c>, <c>3/4</c>,
/// <c>one and a half</c>, <c>five and a half million</c>), decimals in words (<c>two point five</c>), signs and ratios.
/// </summary>
internal static class NumberGrammar
{
    private enum Prev : byte
    {
        None, Digits, DigitsDecimal, Unit, Zero, Teen, Tens, Hundred, Scale, Dozen, And, A, PointDone,
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "which", "each", "any", "every", "no", "another", "some", "these", "those", "whichever",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a number may start at this atom.</summary>
    public static bool CanStart(in NumberAtom a) => a.Kind switch
    {
        NumberAtomKind.Digits => !a.Blocked,
        NumberAtomKind.Unit or NumberAtomKind.Teen or NumberAtomKind.Tens or NumberAtomKind.A or NumberAtomKind.Half
            or NumberAtomKind.Quarter or NumberAtomKind.Vulgar or NumberAtomKind.Minus or NumberAtomKind.Dash => true,
        _ => false,
    };

    /// <summary>Finds every number of a segment's atoms, left to right, longest first.</summary>
    public static void FindAll(string text, ReadOnlySpan<NumberAtom> atoms, NumberOptions options, List<NumberParse> results)
    {
        for (int i = 0; i < atoms.Length; i++)
        {
            if (!CanStart(atoms[i]) || !TryParse(atoms, i, options, out var p))
            {
                continue;
            }

            if (IsPronounOne(text, atoms, p))
            {
                continue;
            }

            results.Add(p);
            i = p.End - 1;
        }
    }

    /// <summary>"The one you mentioned", "which one": one as a pronoun after a determiner, not a number.</summary>
    private static bool IsPronounOne(string text, ReadOnlySpan<NumberAtom> atoms, NumberParse p)
    {
        if (p.End - p.Start != 1 || atoms[p.Start].Kind != NumberAtomKind.Unit || atoms[p.Start].Value != 1 || p.Start == 0)
        {
            return false;
        }

        var before = atoms[p.Start - 1];
        return before.Kind == NumberAtomKind.Other && DeterminerLookup.Contains(text.AsSpan(before.Start, before.Length));
    }

    /// <summary>Reads the longest number that starts at atom <paramref name="i"/>; a number too large for a decimal is none.</summary>
    public static bool TryParse(ReadOnlySpan<NumberAtom> atoms, int i, NumberOptions options, out NumberParse result)
    {
        try
        {
            return TryParseCore(atoms, i, options, out result);
        }
        catch (OverflowException)
        {
            // "212355969726466617719 billion": the scales multiply past 7.9e28.
            result = default;
            return false;
        }
    }

    private static bool TryParseCore(ReadOnlySpan<NumberAtom> atoms, int i, NumberOptions options, out NumberParse result)
    {
        result = default;
        if (i >= atoms.Length)
        {
            return false;
        }

        int j = i;
        bool negative = false;
        var first = atoms[i];
        if (first.Kind == NumberAtomKind.Minus
            || (first.Kind == NumberAtomKind.Dash && (i == 0 || first.GapBefore || atoms[i - 1].Kind is NumberAtomKind.Punctuation)))
        {
            if (i + 1 >= atoms.Length || atoms[i + 1].Kind is NumberAtomKind.Minus or NumberAtomKind.Dash || !CanStart(atoms[i + 1]))
            {
                return false;
            }

            negative = true;
            j = i + 1;
        }
        else if (first.Kind == NumberAtomKind.Dash)
        {
            return false;
        }

        if (!TryCompound(atoms, j, options, allowTrailingScale: true, out var c))
        {
            return false;
        }

        decimal value = c.Value;
        int end = c.End;
        bool afterCurrency = i > 0 && atoms[i - 1].Kind == NumberAtomKind.Currency;
        if ((options & NumberOptions.Ratios) != 0 && !c.HasFraction && !afterCurrency && end < atoms.Length
            && TryRatio(atoms, end, c.Value, options, out decimal ratio, out int ratioEnd))
        {
            value = ratio;
            end = ratioEnd;
        }

        result = new NumberParse(i, end, negative ? -value : value, c.Scale, c.HasFraction);
        return true;
    }

    private static bool TryRatio(ReadOnlySpan<NumberAtom> atoms, int k, decimal numerator, NumberOptions options, out decimal value, out int end)
    {
        value = 0;
        end = k;
        var a = atoms[k];
        int denominatorAt;
        bool mustBeProper;
        if (a.Kind == NumberAtomKind.Over)
        {
            denominatorAt = k + 1;
            mustBeProper = false;
        }
        else if (a.Kind == NumberAtomKind.Out && k + 1 < atoms.Length && atoms[k + 1].Kind == NumberAtomKind.Of)
        {
            denominatorAt = k + 2;
            mustBeProper = true;
        }
        else if (a.Kind == NumberAtomKind.In)
        {
            denominatorAt = k + 1;
            mustBeProper = true;
        }
        else
        {
            return false;
        }

        if (denominatorAt >= atoms.Length || !TryInteger(atoms, denominatorAt, options, out var d) || d.Value == 0 || d.HasPoint
            || (mustBeProper && numerator >= d.Value))
        {
            return false;
        }

        value = numerator / d.Value;
        end = d.End;
        return true;
    }

    private static bool TryCompound(ReadOnlySpan<NumberAtom> atoms, int j, NumberOptions options, bool allowTrailingScale, out NumberParse result)
    {
        result = default;
        if (j >= atoms.Length)
        {
            return false;
        }

        var a = atoms[j];
        decimal value;
        int end;
        decimal scale = 0;
        bool ownScale = false;
        switch (a.Kind)
        {
            case NumberAtomKind.Vulgar:
                result = new NumberParse(j, j + 1, a.Value, 0, true);
                return true;
            case NumberAtomKind.Half when j + 2 < atoms.Length && atoms[j + 1].Kind == NumberAtomKind.A && atoms[j + 2].Kind == NumberAtomKind.Dozen:
                result = new NumberParse(j, j + 3, 6, 0, false);
                return true;
            case NumberAtomKind.Half when j + 2 < atoms.Length && atoms[j + 1].Kind == NumberAtomKind.A && atoms[j + 2].Kind == NumberAtomKind.Scale && !atoms[j + 2].Suffix:
                // "half a million", "half a billion".
                result = new NumberParse(j, j + 3, 0.5m * atoms[j + 2].Value, atoms[j + 2].Value, true);
                return true;
            case NumberAtomKind.Half:
                value = 0.5m;
                end = j + 1;
                break;
            case NumberAtomKind.Quarter:
                if (!TryTrailingScale(atoms, j + 1, out decimal quarterScale, out int quarterEnd))
                {
                    return false;
                }

                result = new NumberParse(j, quarterEnd, 0.25m * quarterScale, quarterScale, true);
                return true;
            case NumberAtomKind.A when TryDenominator(atoms, j + 1, out decimal aDen, out bool aPlural, out int aEnd) && !aPlural:
                value = 1 / aDen;
                end = aEnd;
                break;
            case NumberAtomKind.Digits when TryDigitFraction(atoms, j, out decimal fraction, out int fractionEnd):
                result = WithFractionScale(atoms, j, fraction, fractionEnd, options, allowTrailingScale);
                return true;
            default:
                if (!TryInteger(atoms, j, options, out var ip))
                {
                    return false;
                }

                value = ip.Value;
                end = ip.End;
                scale = ip.LastScale;
                if (ip.SingleDigits && !ip.HasPoint && end < atoms.Length && atoms[end].Kind == NumberAtomKind.Digits && atoms[end].GapBefore
                    && TryDigitFraction(atoms, end, out decimal mixed, out int mixedEnd) && mixed < 1)
                {
                    result = WithFractionScale(atoms, j, value + mixed, mixedEnd, options, allowTrailingScale);
                    return true;
                }

                if (ip.SingleDigits && !ip.HasPoint && !atoms[j].HasDecimals && end < atoms.Length && atoms[end].Kind == NumberAtomKind.Vulgar && !atoms[end].GapBefore)
                {
                    // "2½", "2½ million", "£2½m".
                    result = WithFractionScale(atoms, j, value + atoms[end].Value, end + 1, options, allowTrailingScale);
                    return true;
                }

                if (!ip.SingleDigits && !ip.HasPoint && TryDenominator(atoms, end, out decimal den, out bool plural, out int dEnd))
                {
                    if (ip.HasAnd && ip.AfterAnd > 0 && ip.AfterAnd < den && plural == (ip.AfterAnd != 1))
                    {
                        // "one hundred and three quarters" is 100¾; "two million and one half" is 2.5 million.
                        decimal fraction = ip.AfterAnd / den;
                        if (ip.BeforeAndScale >= 1000)
                        {
                            bool trailing = TryTrailingScale(atoms, dEnd, out decimal fractionScale, out int fractionScaleEnd);
                            value = ip.BeforeAnd + (fraction * (trailing ? fractionScale : ip.BeforeAndScale));
                            result = new NumberParse(j, trailing ? fractionScaleEnd : dEnd, value, ip.BeforeAndScale, true);
                            return true;
                        }

                        value = ip.BeforeAnd + fraction;
                    }
                    else if (plural == (ip.Value != 1))
                    {
                        value = ip.Value / den;
                    }
                    else
                    {
                        // "two millionth": the ordinal does not agree with the number, so it is no fraction.
                        result = new NumberParse(j, end, value, scale, false);
                        return true;
                    }

                    end = dEnd;
                    scale = 0;
                    result = Finish(atoms, j, value, end, scale, ownScale, allowTrailingScale);
                    return true;
                }

                if (end + 1 < atoms.Length && atoms[end].Kind == NumberAtomKind.And && !ip.HasPoint
                    && TryCompound(atoms, end + 1, options, allowTrailingScale: ip.EndsWithBigScale, out var inner) && inner.HasFraction)
                {
                    if (ip.EndsWithBigScale)
                    {
                        value = ip.Value + (inner.Scale > 0 ? inner.Value : inner.Value * ip.LastScale);
                        ownScale = true;
                    }
                    else
                    {
                        value = ip.Value + inner.Value;
                    }

                    result = Finish(atoms, j, value, inner.End, ip.EndsWithBigScale ? ip.LastScale : 0, ownScale, allowTrailingScale);
                    return true;
                }

                result = new NumberParse(j, end, value, scale, false);
                return true;
        }

        result = Finish(atoms, j, value, end, scale, ownScale, allowTrailingScale);
        return true;
    }

    /// <summary>A fraction may take a scale after it: "half million", "two thirds of a million", "five and a half million".</summary>
    private static NumberParse Finish(ReadOnlySpan<NumberAtom> atoms, int j, decimal value, int end, decimal scale, bool ownScale, bool allowTrailingScale)
    {
        if (!ownScale && allowTrailingScale && TryTrailingScale(atoms, end, out decimal s, out int sEnd))
        {
            return new NumberParse(j, sEnd, value * s, s, true);
        }

        return new NumberParse(j, end, value, scale, true);
    }

    /// <summary>
    /// A fraction in digits and the scale after it, word or glued abbreviation: "1 1/2 million", "3/4 of a billion", "2½m".
    /// Without a scale it is a plain number, as before.
    /// </summary>
    private static NumberParse WithFractionScale(ReadOnlySpan<NumberAtom> atoms, int j, decimal value, int end, NumberOptions options, bool allowTrailingScale)
    {
        if (allowTrailingScale)
        {
            if (TryTrailingScale(atoms, end, out decimal s, out int sEnd))
            {
                return new NumberParse(j, sEnd, value * s, s, true);
            }

            if (end < atoms.Length && atoms[end].Kind == NumberAtomKind.Scale && atoms[end].Suffix && !atoms[end].GapBefore
                && (!atoms[end].MoneyOnlySuffix || (options & NumberOptions.MoneySuffixes) != 0))
            {
                return new NumberParse(j, end + 1, value * atoms[end].Value, atoms[end].Value, true);
            }
        }

        return new NumberParse(j, end, value, 0, false);
    }

    private static bool TryTrailingScale(ReadOnlySpan<NumberAtom> atoms, int k, out decimal scale, out int end)
    {
        scale = 0;
        end = k;
        if (k < atoms.Length && atoms[k].Kind == NumberAtomKind.Scale && !atoms[k].Suffix)
        {
            scale = atoms[k].Value;
            end = k + 1;
            return true;
        }

        if (k + 2 < atoms.Length && atoms[k].Kind == NumberAtomKind.Of && atoms[k + 1].Kind == NumberAtomKind.A
            && atoms[k + 2].Kind == NumberAtomKind.Scale && !atoms[k + 2].Suffix)
        {
            scale = atoms[k + 2].Value;
            end = k + 3;
            return true;
        }

        return false;
    }

    /// <summary>3/4, -4/5: digits, a slash and digits glued together, not part of a date (5/17/2018) or a phone number.</summary>
    private static bool TryDigitFraction(ReadOnlySpan<NumberAtom> atoms, int j, out decimal value, out int end)
    {
        value = 0;
        end = j;
        if (j + 2 >= atoms.Length)
        {
            return false;
        }

        var n = atoms[j];
        var slash = atoms[j + 1];
        var d = atoms[j + 2];
        if (n.Blocked || n.HasDecimals || slash.Kind != NumberAtomKind.Slash || slash.GapBefore || d.Kind != NumberAtomKind.Digits
            || d.GapBefore || d.HasDecimals || d.Value == 0)
        {
            return false;
        }

        if (j + 3 < atoms.Length && atoms[j + 3].Kind == NumberAtomKind.Slash && !atoms[j + 3].GapBefore)
        {
            return false;
        }

        if (j > 0 && !n.GapBefore)
        {
            var before = atoms[j - 1];
            bool signAtStart = before.Kind == NumberAtomKind.Dash && (j - 1 == 0 || before.GapBefore);
            if (!signAtStart)
            {
                return false;
            }
        }

        value = n.Value / d.Value;
        end = j + 3;
        return true;
    }

    /// <summary>fifths, a third, twenty-first(s), one - fourth; returns the denominator and whether it is plural.</summary>
    private static bool TryDenominator(ReadOnlySpan<NumberAtom> atoms, int k, out decimal denominator, out bool plural, out int end)
    {
        denominator = 0;
        plural = false;
        end = k;
        if (k < atoms.Length && atoms[k].Kind == NumberAtomKind.Dash && atoms[k].GapBefore && k + 1 < atoms.Length
            && atoms[k + 1].Kind is NumberAtomKind.Ordinal or NumberAtomKind.Half or NumberAtomKind.Quarter)
        {
            k++;
        }

        if (k >= atoms.Length)
        {
            return false;
        }

        var a = atoms[k];
        switch (a.Kind)
        {
            case NumberAtomKind.Ordinal or NumberAtomKind.Half or NumberAtomKind.Quarter when a.Value > 1:
                denominator = a.Value;
                plural = a.Plural;
                end = k + 1;
                return true;
            case NumberAtomKind.Tens when k + 1 < atoms.Length && atoms[k + 1].Kind == NumberAtomKind.Ordinal && atoms[k + 1].UnitOrdinal:
                denominator = a.Value + atoms[k + 1].Value;
                plural = atoms[k + 1].Plural;
                end = k + 2;
                return true;
            default:
                return false;
        }
    }

    private struct IntegerParse
    {
        public decimal Value;
        public int End;
        public bool HasAnd;
        public decimal BeforeAnd;
        public decimal BeforeAndScale;
        public decimal AfterAnd;
        public decimal LastScale;
        public bool EndsWithBigScale;
        public bool SingleDigits;
        public bool HasPoint;
    }

    private static bool TryInteger(ReadOnlySpan<NumberAtom> atoms, int j, NumberOptions options, out IntegerParse result)
    {
        result = default;
        decimal total = 0, seg = 0, tail = 0;
        decimal lastScale = decimal.MaxValue;
        bool segHundred = false, andAfterHundred = false, any = false;
        int andIndex = -1;
        IntegerParse beforeAnd = default;
        var prev = Prev.None;
        int k = j;
        for (; k < atoms.Length; k++)
        {
            var a = atoms[k];
            if (a.Blocked)
            {
                break;
            }

            bool ok = true;
            switch (a.Kind)
            {
                case NumberAtomKind.Digits:
                    if (prev == Prev.None)
                    {
                        // plain
                    }
                    else if (!a.GapBefore || a.HasDecimals)
                    {
                        ok = false;
                    }
                    else if (prev == Prev.Scale)
                    {
                        ok = a.Value < lastScale;
                    }
                    else if (prev == Prev.Hundred)
                    {
                        ok = a.Value < 100;
                    }
                    else if (prev == Prev.And)
                    {
                        ok = a.Value > 0 && (andAfterHundred ? a.Value < 100 : a.Value < lastScale);
                    }
                    else
                    {
                        ok = false;
                    }

                    if (ok)
                    {
                        seg += a.Value;
                        tail = a.Value;
                        prev = a.HasDecimals ? Prev.DigitsDecimal : Prev.Digits;
                    }

                    break;
                case NumberAtomKind.Unit:
                    if (a.Value == 0)
                    {
                        ok = prev == Prev.None;
                        prev = Prev.Zero;
                        break;
                    }

                    ok = prev is Prev.None or Prev.Hundred or Prev.Scale or Prev.And || (prev == Prev.Tens && (a.GapBefore || a.HyphenBefore || atoms[k - 1].Kind == NumberAtomKind.Dash));
                    if (ok)
                    {
                        tail = prev == Prev.Tens ? tail + a.Value : a.Value;
                        seg += a.Value;
                        prev = Prev.Unit;
                    }

                    break;
                case NumberAtomKind.Teen:
                    ok = prev is Prev.None or Prev.Hundred or Prev.Scale or Prev.And;
                    if (ok)
                    {
                        seg += a.Value;
                        tail = a.Value;
                        prev = Prev.Teen;
                    }

                    break;
                case NumberAtomKind.Tens:
                    ok = prev is Prev.None or Prev.Hundred or Prev.Scale or Prev.And;

                    // "one hundred thirty fifths" is 100/35: a tens word before first … ninth belongs to the denominator.
                    if (ok && k > j && prev != Prev.And && k + 1 < atoms.Length && atoms[k + 1].Kind == NumberAtomKind.Ordinal && atoms[k + 1].UnitOrdinal)
                    {
                        ok = false;
                    }

                    if (ok)
                    {
                        seg += a.Value;
                        tail = a.Value;
                        prev = Prev.Tens;
                    }

                    break;
                case NumberAtomKind.Hundred:
                    ok = prev is Prev.Digits or Prev.DigitsDecimal or Prev.Unit or Prev.Teen or Prev.Tens or Prev.A && !segHundred;
                    if (!ok && segHundred && andIndex >= 0)
                    {
                        // "3 hundred and 2 hundred" is two numbers: give back what followed "and".
                        result = beforeAnd;
                        return true;
                    }

                    if (ok)
                    {
                        seg *= 100;
                        segHundred = true;
                        tail = 0;
                        prev = Prev.Hundred;
                    }

                    break;
                case NumberAtomKind.Scale:
                    if (a.MoneyOnlySuffix && (options & NumberOptions.MoneySuffixes) == 0)
                    {
                        // 1m is one metre, not a million: not a number at all.
                        return false;
                    }

                    ok = (a.Suffix ? prev is Prev.Digits or Prev.DigitsDecimal && (!a.GapBefore || !a.MoneyOnlySuffix)
                        : prev is Prev.Digits or Prev.DigitsDecimal or Prev.Unit or Prev.Teen or Prev.Tens or Prev.Hundred or Prev.A or Prev.Dozen or Prev.Scale)
                        && (seg > 0 || (prev == Prev.Scale && total > 0 && total < a.Value));
                    if (ok)
                    {
                        if (seg > 0 && a.Value < lastScale)
                        {
                            total += seg * a.Value;
                        }
                        else if (total > 0 && total < a.Value)
                        {
                            total = (total + seg) * a.Value;
                        }
                        else
                        {
                            ok = false;
                            break;
                        }

                        seg = 0;
                        tail = 0;
                        segHundred = false;
                        lastScale = a.Value;
                        andIndex = -1;
                        prev = Prev.Scale;
                    }

                    break;
                case NumberAtomKind.Dozen:
                    ok = prev is Prev.Digits or Prev.Unit or Prev.Teen or Prev.Tens or Prev.A;
                    if (ok)
                    {
                        seg += tail * 11;
                        tail = 0;
                        prev = Prev.Dozen;
                    }

                    break;
                case NumberAtomKind.And:
                    ok = prev is Prev.Hundred or Prev.Scale && k + 1 < atoms.Length
                        && atoms[k + 1].Kind is NumberAtomKind.Digits or NumberAtomKind.Unit or NumberAtomKind.Teen or NumberAtomKind.Tens;
                    if (ok)
                    {
                        beforeAnd = result;
                        andIndex = k;
                        andAfterHundred = prev == Prev.Hundred;
                        prev = Prev.And;
                    }

                    break;
                case NumberAtomKind.A:
                    ok = prev == Prev.None && k + 1 < atoms.Length
                        && (atoms[k + 1].Kind is NumberAtomKind.Hundred or NumberAtomKind.Dozen || (atoms[k + 1].Kind == NumberAtomKind.Scale && !atoms[k + 1].Suffix));
                    if (ok)
                    {
                        seg = 1;
                        tail = 1;
                        prev = Prev.A;
                    }

                    break;
                case NumberAtomKind.Dash:
                    // "fifty - two"
                    ok = prev == Prev.Tens && a.GapBefore && k + 1 < atoms.Length && atoms[k + 1].Kind == NumberAtomKind.Unit && atoms[k + 1].Value > 0;
                    break;
                case NumberAtomKind.Point:
                    decimal fraction = 0;
                    int fractionEnd = 0;
                    ok = prev is Prev.Digits or Prev.Unit or Prev.Zero or Prev.Teen or Prev.Tens or Prev.Hundred or Prev.Scale
                         && TryDecimalWords(atoms, k + 1, out fraction, out fractionEnd);
                    if (ok)
                    {
                        seg += fraction;
                        k = fractionEnd - 1;
                        if (total == 0 && TryTrailingScale(atoms, fractionEnd, out decimal s, out int sEnd) && atoms[fractionEnd].Kind == NumberAtomKind.Scale)
                        {
                            seg *= s;
                            lastScale = s;
                            k = sEnd - 1;
                        }

                        prev = Prev.PointDone;
                        result.HasPoint = true;
                    }

                    break;
                default:
                    ok = false;
                    break;
            }

            if (!ok)
            {
                break;
            }

            if (prev is Prev.And or Prev.A || a.Kind == NumberAtomKind.Dash)
            {
                continue;
            }

            any = true;
            result.Value = total + seg;
            result.End = k + 1;
            result.HasAnd = andIndex >= 0;
            result.BeforeAnd = andIndex >= 0 ? beforeAnd.Value : 0;
            result.BeforeAndScale = andIndex >= 0 && beforeAnd.EndsWithBigScale ? beforeAnd.LastScale : 0;
            result.AfterAnd = andIndex >= 0 ? result.Value - beforeAnd.Value : 0;
            result.LastScale = lastScale == decimal.MaxValue ? 0 : lastScale;
            result.EndsWithBigScale = prev == Prev.Scale && lastScale >= 1000;
            result.SingleDigits = k == j && a.Kind == NumberAtomKind.Digits;
            if ((prev == Prev.Zero && !(k + 1 < atoms.Length && atoms[k + 1].Kind == NumberAtomKind.Point)) || prev == Prev.PointDone || (prev == Prev.DigitsDecimal && !(k + 1 < atoms.Length && atoms[k + 1].Kind is NumberAtomKind.Scale or NumberAtomKind.Hundred)))
            {
                // Nothing combines after zero, after decimals in words, or after digits with a decimal part.
                break;
            }
        }

        return any;
    }

    /// <summary>The digits after "point": "zero three" → .03, "seventy-one" → .71, "eleven" → .11.</summary>
    private static bool TryDecimalWords(ReadOnlySpan<NumberAtom> atoms, int k, out decimal fraction, out int end)
    {
        fraction = 0;
        end = k;
        decimal place = 0.1m;
        int count = 0;
        while (k < atoms.Length && count < 20)
        {
            var a = atoms[k];
            if (a.Kind == NumberAtomKind.Unit)
            {
                fraction += a.Value * place;
                place /= 10;
                count++;
                k++;
            }
            else if (a.Kind is NumberAtomKind.Teen or NumberAtomKind.Tens)
            {
                decimal two = a.Value;
                k++;
                if (a.Kind == NumberAtomKind.Tens && k < atoms.Length && atoms[k].Kind == NumberAtomKind.Unit && atoms[k].Value > 0)
                {
                    two += atoms[k].Value;
                    k++;
                }

                fraction += two * place / 10;
                place /= 100;
                count += 2;
            }
            else
            {
                break;
            }
        }

        end = k;
        return count > 0;
    }
}
