namespace TextInsight.Entities.Rules;

/// <summary>Rule 3: a name ending in a model code, or followed by one, is a product: <c>HeatSense T4</c>, <c>Tsubame R2</c> (Misc).</summary>
internal sealed class ModelCodeRule : INameRule
{
    public NameRule Id => NameRule.ModelCode;

    public void Apply(NameRuleContext context)
    {
        var names = context.Names;
        for (int i = 0; i < names.Count; i++)
        {
            if (ModelCode(context.Doc, names[i]) is { } product)
            {
                context.Misc.Add(context.Doc.TextOf(product));
                names[i] = product;
            }
        }
    }

    // Rule 3: a name ending in a model code ("T4", "R2", "A320"), or followed by one, is a product.
    internal static RuleName? ModelCode(RuleDoc doc, RuleName n)
    {
        if (IsModelCode(doc.Word(n.End - 1)) && n.End - n.First >= 2)
        {
            return n with { Type = EntityType.Misc, Confidence = Math.Max(n.Confidence, NameWords.RuleConfidence) };
        }

        if (n.End < doc.Tokens.Count && doc.Segment[n.End] == doc.Segment[n.First] && doc.Adjacent(n.End - 1, n.End) && IsModelCode(doc.Word(n.End)))
        {
            return n with { End = n.End + 1, Type = EntityType.Misc, Confidence = Math.Max(n.Confidence, NameWords.RuleConfidence) };
        }

        return null;
    }

    internal static bool IsModelCode(ReadOnlySpan<char> w)
    {
        // Not a financial period: Q1–Q4, H1, H2, FY24.
        if (w.Length is < 2 or > 6 || !char.IsAsciiLetterUpper(w[0]) || (w.Length == 2 && w[0] is 'Q' or 'H') || w.StartsWith("FY"))
        {
            return false;
        }

        bool digit = false;
        foreach (char c in w)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (!char.IsAsciiLetterUpper(c) && c != '-')
            {
                return false;
            }
        }

        return digit;
    }
}
