namespace TextInsight.Entities.Numeric;

/// <summary>
/// Money: a currency symbol or code before a number (<c>$1.5M</c>, <c>US$2bn</c>, <c>USD 5 million</c>), or a number
/// before a currency code or name (<c>5 million EUR</c>, <c>two million dollars</c>, <c>10 Swiss francs</c>, <c>50 cents</c>),
/// dollars and cents (<c>five dollars and twenty-five cents</c>) and ranges (<c>$1–2 million</c>: one mention for each side,
/// the lower side borrowing the scale and currency of the upper one).
/// </summary>
internal static class MoneyRules
{
    public static bool TryMatch(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, NumericContext context, List<NumericMention> output, out int end)
    {
        end = i;
        return TryPrefixed(text, atoms, i, context, output, ref end) || TrySuffixed(text, atoms, i, firstFree, context, output, ref end);
    }

    /// <summary>A currency before the number; returns the code and where the number starts.</summary>
    private static string? ReadPrefix(string text, ReadOnlySpan<NumberAtom> atoms, int i, NumericContext context, out int numberAt)
    {
        numberAt = i + 1;
        var a = atoms[i];
        if (a.Kind == NumberAtomKind.Currency)
        {
            return CurrencyTable.FromSymbol(AtomText.Of(text, a), context.DollarCurrency);
        }

        if (a.Kind != NumberAtomKind.Other && a.Kind != NumberAtomKind.A)
        {
            return null;
        }

        // A tokenizer that splits "US$" gives a word glued to the symbol.
        if (i + 1 < atoms.Length && atoms[i + 1].Kind == NumberAtomKind.Currency && !atoms[i + 1].GapBefore && a.Length <= 3)
        {
            numberAt = i + 2;
            return CurrencyTable.FromSymbol(text.AsSpan(a.Start, atoms[i + 1].End - a.Start), context.DollarCurrency);
        }

        var word = AtomText.Of(text, a);
        if (word is "Rs" or "Rs." or "INR")
        {
            if (AtomText.IsPunctuation(text, atoms, i + 1, '.'))
            {
                numberAt = i + 2;
            }

            return "INR";
        }

        return i + 1 < atoms.Length && atoms[i + 1].GapBefore ? CurrencyTable.FromCode(word) : null;
    }

    private static bool TryPrefixed(string text, ReadOnlySpan<NumberAtom> atoms, int i, NumericContext context, List<NumericMention> output, ref int end)
    {
        var code = ReadPrefix(text, atoms, i, context, out int numberAt);
        if (code is null || numberAt >= atoms.Length || atoms[numberAt].Kind is NumberAtomKind.Dash or NumberAtomKind.Minus
            || !NumberGrammar.CanStart(atoms[numberAt]) || !NumberGrammar.TryParse(atoms, numberAt, NumberOptions.MoneySuffixes, out var lower))
        {
            return false;
        }

        int k = lower.End;
        if (AtomText.IsRangeJoiner(text, atoms, k) && k + 1 < atoms.Length)
        {
            int upperStart = k + 1;
            int upperNumber = upperStart;
            if (ReadPrefix(text, atoms, upperStart, context, out int n2) == code)
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

                output.Add(new NumericMention(EntityType.Money, atoms[i].Start, atoms[lower.End - 1].End, lowerValue, code, null, 1));
                output.Add(new NumericMention(EntityType.Money, atoms[upperStart].Start, atoms[upper.End - 1].End, upper.Value, code, null, 1));
                end = upper.End;
                return true;
            }
        }

        output.Add(new NumericMention(EntityType.Money, atoms[i].Start, atoms[lower.End - 1].End, lower.Value, code, null, 1));
        end = lower.End;
        return true;
    }

    private static bool TrySuffixed(string text, ReadOnlySpan<NumberAtom> atoms, int i, int firstFree, NumericContext context, List<NumericMention> output, ref int end)
    {
        if (!NumberGrammar.CanStart(atoms[i]) || !NumberGrammar.TryParse(atoms, i, NumberOptions.MoneySuffixes, out var number)
            || !TryCurrencyAfter(text, atoms, number.End, context, out string? code, out int codeEnd, out decimal divisor))
        {
            return false;
        }

        decimal value = number.Value / divisor;
        if (divisor == 1 && codeEnd + 2 < atoms.Length && atoms[codeEnd].Kind == NumberAtomKind.And
            && NumberGrammar.TryParse(atoms, codeEnd + 1, NumberOptions.None, out var cents) && cents.Value is > 0 and < 100
            && (AtomText.Is(text, atoms, cents.End, "cents") || AtomText.Is(text, atoms, cents.End, "cent")))
        {
            value += cents.Value / 100;
            codeEnd = cents.End + 1;
        }

        // The lower side of a range before it: "5-10 million dollars", "two to three billion euros".
        if (i - 2 >= firstFree && AtomText.IsRangeJoiner(text, atoms, i - 1) && AtomText.IsSimpleNumber(atoms[i - 2])
            && NumberGrammar.TryParse(atoms, i - 2, NumberOptions.None, out var lower) && lower.End == i - 1)
        {
            decimal lowerValue = lower.Value;
            if (number.Scale > 0 && lowerValue < 1000)
            {
                lowerValue *= number.Scale;
            }

            output.Add(new NumericMention(EntityType.Money, atoms[i - 2].Start, atoms[i - 2].End, lowerValue / divisor, code, null, 0.9));
        }

        output.Add(new NumericMention(EntityType.Money, atoms[i].Start, atoms[codeEnd - 1].End, value, code, null, 1));
        end = codeEnd;
        return true;
    }

    private static bool TryCurrencyAfter(string text, ReadOnlySpan<NumberAtom> atoms, int k, NumericContext context, out string? code, out int end, out decimal divisor)
    {
        code = null;
        end = k;
        divisor = 1;
        if (k >= atoms.Length || atoms[k].Kind is not (NumberAtomKind.Other or NumberAtomKind.A))
        {
            return false;
        }

        var word = AtomText.Of(text, atoms[k]);
        if (CurrencyTable.FromCode(word) is { } iso)
        {
            code = iso;
            end = k + 1;
            return true;
        }

        // Lower case only: "50 Cent" is a rapper.
        if (word is "cents" or "cent")
        {
            code = context.DollarCurrency;
            divisor = 100;
            end = k + 1;
            return true;
        }

        if (word is "pence" or "penny")
        {
            code = "GBP";
            divisor = 100;
            end = k + 1;
            return true;
        }

        // Adjective and name: "Australian dollars", "Hong Kong dollars", "South African rand".
        for (int words = 3; words >= 2; words--)
        {
            int last = k + words - 1;
            if (last >= atoms.Length || atoms[last].Kind != NumberAtomKind.Other || !char.IsUpper(text[atoms[k].Start]))
            {
                continue;
            }

            var name = AtomText.Of(text, atoms[last]);
            if (CurrencyTable.FromName(name, context.DollarCurrency) is null)
            {
                continue;
            }

            string singular = name.Length > 1 && name[^1] is 's' or 'S' && CurrencyTable.FromName(name[..^1], "") is not null ? name[..^1].ToString() : name.ToString();
            string phrase = text.AsSpan(atoms[k].Start, atoms[last - 1].End - atoms[k].Start).ToString() + " " + singular;
            if (CurrencyTable.FromAdjective(phrase) is { } adjectiveCode)
            {
                code = adjectiveCode;
                end = last + 1;
                return true;
            }
        }

        if (CurrencyTable.FromName(word, context.DollarCurrency) is { } named)
        {
            code = named;
            end = k + 1;
            if ((named == "GBP" && AtomText.Is(text, atoms, end, "sterling")) || (named == "CNY" && AtomText.Is(text, atoms, end, "renminbi")))
            {
                end++;
            }

            return true;
        }

        return false;
    }
}
