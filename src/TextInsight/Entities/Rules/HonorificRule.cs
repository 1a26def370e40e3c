namespace TextInsight.Entities.Rules;

/// <summary>
/// Rule 0: a courtesy title or an honour (<c>Sir</c>, <c>Dame</c>) before a name is no part of it, and the name is a person's: <c>Mr Bain</c> → <c>Bain</c>
/// (Person), as CoNLL-2003 annotates. British news writes <c>Mr</c> without a full stop, a form the tagger's training
/// data hardly hold (4 times against <c>Mr.</c>), so the tagger takes it into the name and often types it wrongly; with
/// it, a capitalized verb before it that opens a sentence (<c>Analysing Mr Brown</c> → <c>Brown</c>).
/// </summary>
internal sealed class HonorificRule : INameRule
{
    public NameRule Id => NameRule.Honorific;

    public void Apply(NameRuleContext context)
    {
        var doc = context.Doc;
        var names = context.Names;
        for (int i = 0; i < names.Count; i++)
        {
            var n = names[i];
            if (n.End - n.First >= 2 && doc.IsCapitalized(n.First) && doc.IsAny(n.First, NameWords.Honorifics) && doc.IsCapitalized(n.First + 1))
            {
                names[i] = n with { First = n.First + 1, Type = EntityType.Person };
            }
            else if (n.End - n.First >= 3 && IsVerb(doc, n.First) && doc.IsCapitalized(n.First + 1)
                && doc.IsAny(n.First + 1, NameWords.Honorifics) && doc.IsCapitalized(n.First + 2))
            {
                // A capitalized verb that opens a sentence is no part of the name after it: "Analysing Mr Brown's position".
                names[i] = n with { First = n.First + 2, Type = EntityType.Person };
            }
        }
    }

    /// <summary>A finite verb of the word list, or a word of five letters or more ending in -ing (<c>Analysing</c>).</summary>
    private static bool IsVerb(RuleDoc doc, int i)
    {
        var word = doc.Word(i);
        return doc.IsCapitalized(i) && (doc.IsAny(i, NameWords.FiniteVerbs)
            || (word.Length >= 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)));
    }
}
