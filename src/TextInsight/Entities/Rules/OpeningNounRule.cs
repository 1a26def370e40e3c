namespace TextInsight.Entities.Rules;

/// <summary>Rule 1: a common noun that opens a sentence is no part of the name after it: <c>Distributor Larkspur Pictures bought …</c> → <c>Larkspur Pictures</c>.</summary>
internal sealed class OpeningNounRule : INameRule
{
    public NameRule Id => NameRule.OpeningNoun;

    public void Apply(NameRuleContext context)
    {
        var names = context.Names;
        for (int i = 0; i < names.Count; i++)
        {
            names[i] = TrimOpeningNoun(context.Doc, names[i]);
        }
    }

    // Rule 1: "Distributor Larkspur Pictures bought …" → "Larkspur Pictures".
    internal static RuleName TrimOpeningNoun(RuleDoc doc, RuleName n)
    {
        if (n.End - n.First >= 2 && doc.IsFirstWord(n.First) && NameWords.OpeningNouns.Contains(doc.Word(n.First)) && doc.IsCapitalized(n.First + 1))
        {
            return n with { First = n.First + 1 };
        }

        return n;
    }
}
